a = { b }
b = { -t }
-t = { a }
