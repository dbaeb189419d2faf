a = {  ->
    [one] { -t }
   *[other] { a }
}
-t = { a }
b = { NUMBER(, minimumFractionDigits: 99) }
c = {  -> *[other] {{ b }} }
