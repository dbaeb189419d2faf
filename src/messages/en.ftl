# tilts' messages in English. lv.ftl and lt.ftl have the same ids, in the
# same order, with the same `.hint` attributes (a test checks).
# A message's `.hint` says what to do about it, in plain words.

## Words around every message

label-error = error
label-warning = warning
label-hint = hint
summary-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
summary-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
table-title = News items by language:
table-item = item
table-present = yes
table-missing = MISSING

## Mistakes in YAML (front matter and data files)

yaml-colon-in-value = the value of `{ $key }` contains “: ”, which YAML reads as the start of another field
    .hint = put the whole value in quotes: { $fixed }
yaml-unclosed-quote = the quote that opens here is never closed
    .hint = add the same quote mark at the end of the value, on this line
yaml-unclosed-bracket = the list that opens here with [ or {"{"} is never closed
    .hint = add the closing ] or {"}"} at the end of the list
yaml-tab = a tab is used for indentation here
    .hint = YAML allows only spaces at the start of a line; replace the tab with spaces
yaml-key-indent = `{ $key }` is indented by { $found ->
        [one] { $found } space
       *[other] { $found } spaces
    }, but the fields beside it by { $expected }
    .hint = start `{ $key }` exactly below `{ $neighbour }` on line { $neighbour_line } ({ $expected ->
        [one] { $expected } space
       *[other] { $expected } spaces
    } from the left edge)
yaml-key-too-deep = `{ $key }` is indented by { $found ->
        [one] { $found } space
       *[other] { $found } spaces
    }, more than `{ $neighbour }` on line { $neighbour_line } above it, which already has a value
    .hint = start `{ $key }` exactly below `{ $neighbour }` ({ $expected ->
        [one] { $expected } space
       *[other] { $expected } spaces
    } from the left edge)
yaml-item-indent = this list item is indented by { $found }, but the list it belongs to by { $expected }
    .hint = start the - of every item of a list at the same column
yaml-item-not-pair = this list item is only a text, but the items of this list are `key: value` fields (like the item on line { $first })
    .hint = write the item as the others are, for example `- id: ...` with its other fields below it
yaml-line-not-pair = this line is not a `key: value` field
    .hint = write the field name, a colon and a space before the text (e.g. `title: ...`), or, if it goes on from the line above, indent it more than the field it belongs to
yaml-duplicate-key = `{ $key }` is given twice here; it was first given on line { $first }
    .hint = keep one of the two lines and delete the other
yaml-unknown-field = `{ $field }` is not a field tilts knows here
    .hint = check the spelling (the fields here are: { $expected }), or delete the line
yaml-unknown-field-any = `{ $field }` is not a field tilts knows here
    .hint = check the spelling of the field name, or delete the line
yaml-missing-field = the field `{ $field }` is missing here
    .hint = add a line `{ $field }: ...` to this entry, indented like its other fields
yaml-unknown-value = `{ $value }` is not one of the values allowed here
    .hint = use one of: { $expected }
yaml-wrong-type = this value has the wrong kind here ({ $detail })
    .hint = compare it with the example in README.md: text, a number, a list (lines starting with -) or fields (key: value lines)
yaml-other = YAML cannot read this: { $detail }
    .hint = compare the lines around here with the example in README.md; text with a colon, # or quotes in it is safest in quotes
yaml-empty = this YAML is empty
    .hint = fill in the fields this file needs (see README.md)

## Figures (money)

money-not-number = `{ $value }` is not an amount of money
    .hint = write it with digits and a full stop before the cents, like 791256.20
money-decimals = `{ $value }` has more than two decimals; amounts are kept to the cent
    .hint = write the amount to the cent, exactly as it is published, e.g. 791256.20
money-too-large = `{ $value }` is too large
    .hint = check the figure: amounts are in euros, with cents after a full stop
