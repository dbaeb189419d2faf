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
lang-in = { $code ->
    [en] in English
    [lv] in Latvian
    [lt] in Lithuanian
   *[other] in the language “{ $code }”
}
lang-within = { $code ->
    [en] in English
    [lv] in Latvian
    [lt] in Lithuanian
   *[other] in the language “{ $code }”
}
lang-of = { $code ->
    [en] English
    [lv] Latvian
    [lt] Lithuanian
   *[other] “{ $code }”
}

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
yaml-item-indent = this list item is indented by { $found ->
        [one] { $found } space
       *[other] { $found } spaces
    }, but the list it belongs to by { $expected }
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
yaml-shape-list = `{ $key }` must be a list, not { $found ->
        [value] a single value
       *[fields] `name: value` fields
    }
    .hint = { $found ->
        [value] a list goes in square brackets, even with one item: write `{ $key }: [{ $value }]`
       *[fields] start each item of the list with - and a space, like `- { $value }`, indented under `{ $key }:`
    }
yaml-shape-fields = { $place ->
        [item] each item of `{ $key }` must be `name: value` fields
       *[value] `{ $key }` must be `name: value` fields
    }, not { $found ->
        [list] a list
       *[value] a single value
    }
    .hint = { $place ->
        [item] after the - write the item's fields as `name: value`, one per line, indented alike (README.md lists the fields)
       *[value] { $found ->
            [list] write the fields under `{ $key }:` as `name: value` lines, without - in front
           *[value] write each field on its own line under `{ $key }:`, indented, as `name: value` (texts in each language: `{ $key }: {"{"} lv: …, lt: … {"}"}`)
        }
    }
yaml-shape-value = { $place ->
        [item] each item of `{ $key }`
       *[value] `{ $key }`
    } must be a single value, not { $found ->
        [list] a list
       *[fields] `name: value` fields
    }
    .hint = { $place ->
        [item] write each item as one value, like `{ $key }: [a, b]`; put an item in quotes if it has a colon, brackets or braces in it
       *[value] write the value on the same line, right after `{ $key }: `; put it in quotes if it has a colon, brackets or braces in it
    }
yaml-shape-file = { $front ->
        [yes] the front matter must be `name: value` fields, one per line
       *[no] this file must be `name: value` fields, one per line
    }, not { $found ->
        [list] a list
       *[value] a single value
    }
    .hint = remove the - at the start of the lines and write each field from the left edge as `name: value` (README.md shows the fields)
yaml-shape-file-list = this file must start with `{ $key }:`, with the list under it, not be the bare list
    .hint = write `{ $key }:` on the first line and move every line of the list two spaces to the right: `{ $key }:`, then `  - id: …`
yaml-bad-scalar = { $place ->
        [item] each item of `{ $key }`
       *[value] `{ $key }`
    } must be { $kind ->
        [whole] a whole number
        [yes-no] true or false
       *[number] a number
    }, not `{ $value }`
    .hint = { $kind ->
        [whole] write it with digits only, like 10
        [yes-no] write `{ $key }: true` or `{ $key }: false`
       *[number] write digits with a full stop before the decimals, like 56.6511 (a comma starts the next item of a list)
    }
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

## Front matter of news items and pages

fm-title-empty = the title is empty
    .hint = write the headline after `title:`
fm-not-a-date = `{ $value }` is not a date
    .hint = write the date as YYYY-MM-DD, for example 2018-05-16, or with a time: 2018-05-16T10:30
fm-news-needs-date = a news item needs a date
    .hint = add a line like `date: 2018-05-16`
fm-summary-empty = the summary is empty
    .hint = write one or two sentences after `summary:`
fm-news-needs-summary = a news item needs a summary
    .hint = add a line like `summary: One or two sentences about the news.`
fm-bad-slug = `{ $value }` cannot be used as a slug
    .hint = use lowercase ASCII letters, digits and hyphens, e.g. projekta-sakums (not con, nul, com1 or another name Windows keeps for devices)
fm-no-slug-from-title = no web address can be made from this title
    .hint = add a `slug:` line with lowercase letters, digits and hyphens
fm-slug-reserved = the web address made from this title, `{ $slug }`, is a name Windows keeps for devices, so the site could not be copied to every host
    .hint = add a `slug:` line with another address
fm-translation-key-empty = translation_key is empty
    .hint = write the same key in every language version of the item, or delete the line
fm-bad-image-address = `{ $value }` is not an image address tilts can use
    .hint = use a path of the site, like /images/photo.jpg
fm-foreign-image = the picture `{ $value }` is on another site: every visitor's browser would fetch it from there, telling that site who reads this page
    .hint = copy the picture into static/ (for example static/images/) and write its path, like /images/photo.jpg
md-bad-address = `{ $value }` is not an address a page can link to
    .hint = use a path of the site, like /lv/par-projektu/ or /files/plans.pdf, an https:// address or a mailto: address
md-foreign-poster = the video's poster `{ $value }` is on another site: it would be fetched from there before the visitor chooses to watch the video
    .hint = copy the picture into static/ (for example static/images/) and write its path, like poster=/images/video.jpg
fm-image-no-alt = the image has no alternative text
    .hint = add `image_alt:` describing what the picture shows, for readers who cannot see it
fm-gallery-no-alt = this gallery photo has no alternative text
    .hint = add `alt:` under it, describing what the photo shows, for readers who cannot see it
fm-gallery-bad-folder = `{ $value }` is not a folder tilts can use for a gallery
    .hint = name a folder under static/, like photos/kickoff (no .., no web address)
fm-gallery-bad-captions = `{ $value }` is not a captions file name tilts can use
    .hint = name a file in the gallery's folder, like captions.lv.yaml
fm-alt-without-image = image_alt is given but there is no image
    .hint = add `image:` or remove `image_alt:`
fm-menu-on-news = `menu` is for pages, not news items
    .hint = delete the `menu:` line; news items are listed in the news section

## Events in front matter

event-bad-zone = `{ $value }` is not a time zone
    .hint = use Europe/Riga or Europe/Vilnius
event-bad-time = this is not a date and time
    .hint = write it as YYYY-MM-DDTHH:MM, for example 2018-05-16T10:30
event-ends-before-start = the event ends before it starts
    .hint = check the end time
event-location-empty = the location is empty
    .hint = say where the event takes place
event-time-skipped = { $time } does not exist in { $zone } on { DATE($day) }: the clocks go forward then, so calendars will show { $shown }
    .hint = write the time as it will happen, or leave it if this is right
event-time-twice = { $time } happens twice in { $zone } on { DATE($day) }: the clocks go back then, so calendars will show the first { $time } ({ $utc } UTC)
    .hint = write the time as it will happen, or leave it if this is right

## The text (Markdown)

md-too-deep = the text is nested more than { $max ->
        [one] { $max } level
       *[other] { $max } levels
    } deep here (quotes, lists, emphasis or HTML inside each other)
    .hint = no reader can follow text nested this deep; remove the extra > or list levels
md-reserved-char = the character { $char } is reserved for tilts' own use (it marks where a video goes); it cannot be in the text
    .hint = delete it; if it came with copied text, type that part again

## Files and their text

fm-missing = the file must start with front matter between two `---` lines
    .hint = begin the file with ---, then title:, date: and summary: lines, then ---
fm-not-closed = the front matter is not closed
    .hint = add a line with --- after the last front matter field
not-utf8 = the file is not valid UTF-8 text
    .hint = save the file as UTF-8 in your editor (the character at this place is in another encoding)
control-char = the invisible control character { $char } is here; it cannot be published
    .hint = delete it (text copied from a PDF or a word processor often brings such characters along) and type the text again if needed
control-escape = the escape { $escape } (the invisible control character { $char }) is here; it cannot be published
    .hint = delete it (text copied from a PDF or a word processor often brings such characters along) and type the text again if needed
invisible-char = the invisible character { $char } is here: it can change the order in which the text around it is shown, or make words that look the same differ in search and addresses
    .hint = delete it (text copied from a web page, a PDF or a chat often brings such characters along) and type the text again if needed
folder-links-out = this folder is a link to a place outside the site folder; it is not read
    .hint = move the folder itself into the site folder
cannot-read = cannot read: { $detail }
    .hint = check that the file or folder exists and that you may read it
content-symlink = symbolic links in content/ are not followed
    .hint = copy the file into the folder instead
file-unknown-language = the file name says language `{ $code }`, which this site does not have
    .hint = name the file NAME.LANG.md with LANG one of: { $codes }
file-no-language = the file name does not say which language it is in
    .hint = rename it to { $stem }.LANG.md with LANG one of: { $codes }

## Data files: what a text or figure is

what-project-name = the project name
what-programme-name = the programme name
what-fund-name = the fund name
what-fund-short = the fund's short name
what-entry = this entry
what-activity = this activity
what-partner-name = partner `{ $id }`'s name
what-partner-type = partner `{ $id }`'s type
what-partner-town = partner `{ $id }`'s town
what-cost-line = this cost line
what-item = this item
what-body = the responsible body
what-legislation = the legislation
what-method = the assessment method
what-contact-name = the contact name
what-enforcement-body = the enforcement body
who-project = project
who-partner = partner `{ $id }`
fig-project-erdf = the project's ERDF
fig-its-total = its total
fig-project-total = the project total
fig-partner-erdf = partner `{ $id }`: ERDF
fig-partner-own = partner `{ $id }`: own co-financing
fig-partner-total = partner `{ $id }`: total
fig-partner-cost-line = partner `{ $id }`: the cost line

## Data files: findings

data-missing-language = { $what } has no text { lang-in }
    .hint = add a line `{ $code }: …` with the text { lang-in }
data-not-a-date = `{ $value }` is not a date
    .hint = write YYYY-MM-DD, for example 2018-03-01
data-not-web-address = `{ $value }` must be an http:// or https:// address
    .hint = copy the address from the browser's address bar, e.g. https://www.zemgale.lv
data-not-site-path = `{ $value }` is not the path of a file of the site
    .hint = put the file into static/ and write its path from there, like /images/logos/partner.png
data-not-email = `{ $value }` is not an email address
    .hint = write it like info@example.lv, without spaces or angle brackets
data-no-such-partner = there is no partner `{ $id }` in content/data/partners.yaml
    .hint = use an id from partners.yaml
project-ends-before-start = the project ends before it starts
    .hint = check the start and end dates against the contract
partner-bad-id = partner id `{ $id }` must be lowercase letters, digits and hyphens
    .hint = write the id like auce or rokiskis-youth; it appears in web addresses
partner-id-twice = partner id `{ $id }` is used twice
    .hint = every partner needs its own id
partner-bad-country = `{ $value }` is not a two-letter country code
    .hint = use LV or LT
partner-bad-coordinates = coordinates must be [latitude, longitude] in degrees
    .hint = write them like [56.6511, 23.7214]: latitude first (Latvia and Lithuania are near 54–58), then longitude (21–28)
partner-lead-count = there must be exactly one lead partner, but { $count ->
        [0] no partner has `role: lead`
        [one] { $count } partner has `role: lead`
       *[other] { $count } partners have `role: lead`
    }
    .hint = give `role: lead` to the lead partner and `role: partner` to the others
statement-no-contact = the contact needs an email or a url
    .hint = people must be able to report accessibility problems
statement-no-enforcement = the statement must name the enforcement procedure
    .hint = add at least one `enforcement:` entry with the national body and its address
budget-bad-rate = `{ $value }` is not a rate between 0 and 1
    .hint = write it like 0.85
budget-negative = the amount { $value } is below zero
    .hint = budget figures are amounts of money spent or granted; write them without a minus sign
budget-part-over-whole = { $what } { $part } is more than { $of } { $whole }
    .hint = a part cannot be more than the whole; check the figures against the contract
budget-over-rate = { $who }: ERDF { $erdf } is more than { $rate } × total { $total } = { $allowed } (by { $by }, tolerance { $tolerance })
    .hint = check the figures against the contract; raise `tolerance` if this is rounding
budget-partner-twice = partner `{ $id }` has two budget entries
    .hint = keep one entry per partner and delete the other
budget-parts-not-total = partner `{ $id }`: ERDF { $erdf } + own co-financing { $own } = { $sum }, not the total { $total }
    .hint = correct one of the three figures
budget-lines-over-total = partner `{ $id }`: cost lines add up to { $lines }, more than the total { $total }
    .hint = check the cost lines against the partner's budget in the contract
budget-partly-given = { $given ->
        [one] the budget of { $given }
       *[other] the budgets of { $given }
    } of the { $count ->
        [one] { $count } partner
       *[other] { $count } partners
    } { $given ->
        [one] is
       *[other] are
    } given; together { $sum }, of the project total { $total }
    .hint = add the other partners' budgets; the budget page says how many it shows
budget-sum-not-total = the partners' budgets add up to { $sum }, but the project total is { $total }
    .hint = check the partners' totals and the project total against the contract

## Findings of check in the built site

check-translation-missing = this news item has no version { lang-in }
    .hint = add it with `tilts new news` or as a file whose name ends in .{ $code }.md
check-translation-draft = this news item has no version { lang-in }
    .hint = { $draft } is still a draft: translate it, then remove `draft: true`
check-image-no-alt = the image { $url } has no alternative text
    .hint = describe the picture in the brackets: ![what the picture shows](path)
check-link-missing = the link { $url } leads to no page or file of this site
    .hint = check the address; site pages start with { $starts }
check-image-missing = the image { $url } leads to no page or file of this site
    .hint = check the address; pictures are in static/ (static/images/photo.jpg is /images/photo.jpg)
theme-file-missing = the theme loads { $url }, which is not a file of the site
    .hint = put the file into the theme's static/ folder (or the site's static/), or correct the template
check-anchor-here = there is no #{ $id } on this page
    .hint = use the id of a heading on the page (headings get ids from their text)
check-anchor-there = the link { $url } points to #{ $id }, which is not on that page
    .hint = use the id of a heading on the page (headings get ids from their text)
check-other-language = the link { $url } leads to the page { $theirs }; there is one { $ours }
    .hint = link to { $same } instead
check-image-not-in-site = the image { $src } is not a file of this site
    .hint = put the picture in static/ (static/images/photo.jpg is /images/photo.jpg) or correct the path
check-image-format = the image { $src } is in a format not every browser shows
    .hint = save it as JPEG (photos) or PNG (drawings, logos) and name that file here

## UI strings and templates

ui-message-missing = message `{ $key }` is missing
    .hint = add the message so that every language has the same keys
ui-message-missing-fallback = message `{ $key }` is missing; the { $fallback } text is shown instead
    .hint = add the message so that every language has the same keys
ui-message-unused = message `{ $key }` is not used by any template
    .hint = remove it, or use it in a template with t(key="…")
page-no-eu-block = the page /{ $path } has no EU funding block
    .hint = EU-funded project sites must show the EU emblem and the fund on every page; keep the block with id="eu-funding" from the default base.html
programme-logo-missing = programme_logo: there is no file /{ $logo } in the site
    .hint = put the logo at static/{ $logo }, or correct the path
favicon-missing = favicon: there is no file /{ $logo } in the site
    .hint = put the icon at static/{ $logo }, or correct the path, or remove favicon: to use the icon tilts makes

## Pages that collide

key-taken = { $other } is already the version of `{ $key }` { lang-in }
    .hint = give one of them a different translation_key
path-taken = two pages would be published at /{ $path }: this file and { $other }
    .hint = change the title or set a different `slug:` in one of them
path-taken-generated = two pages would be published at /{ $path }: this file and a page tilts generates (see the section names in content/site.yaml)
    .hint = change the title or set a different `slug:`
data-unreadable = cannot read the data file: { $detail }
    .hint = every site needs content/data/project.yaml, partners.yaml, budget.yaml and accessibility.yaml (see `tilts init`)

## Build

build-failed = Build failed: { $errors }, { $warnings }. Nothing was written; { $output } is unchanged.
build-scheduled = { $count ->
    [one] { $count } news item is dated later and not published yet (--future shows it)
   *[other] { $count } news items are dated later and not published yet (--future shows them)
}; the next is due on { DATE($date) } at { $time } ({ $zone }): { $file }
build-expired = { $count ->
    [one] { $count } item has expired and is no longer published (--expired keeps it)
   *[other] { $count } items have expired and are no longer published (--expired keeps them)
}

## Addresses

fm-bad-alias = `{ $value }` cannot be an address of this site
    .hint = write an old address without the site's domain, like /lv/jaunumi/vecais-nosaukums/, or just its last part; letters, digits, - _ and . only
address-moved = the address { $old } was on the site until now; this item is at { $new } instead, so links to the old address would break
    .hint = add `aliases: ["{ $old }"]` to this file (its old address then leads here), or set `slug:` back
address-gone = the address { $old } was on the site until now and is gone
    .hint = if its item moved, add `aliases: ["{ $old }"]` to the item; if it was removed on purpose, nothing needs to be done
what-date = the date
what-event-times = the event's time
what-image = the image
check-translation-differs = { $what } differs from the version { lang-in }: { $theirs } there, { $ours } here
    .hint = it must be the same in every language version; correct this file or { $file }
check-page-translation-missing = this page has no version { lang-in }
    .hint = add it beside this one as a file whose name ends in .{ $code }.md (or with `tilts new page`), with the same name or translation_key
page-bad-folder = the folder `{ $folder }` cannot be part of a web address
    .hint = name folders in content/pages/ with lowercase ASCII letters, digits and hyphens, e.g. projekts

## Topics (tags.yaml)

what-tag-name = the name of topic `{ $id }`
tag-id-twice = the topic id `{ $id }` is used twice
    .hint = every topic needs its own id
tag-bad-slug = `{ $slug }`, the address of topic `{ $id }`, has characters a web address cannot have
    .hint = give the topic a `slug:` with lowercase ASCII letters, digits and hyphens for each language
tag-slug-twice = topics `{ $other }` and `{ $id }` would both be at `{ $slug }`
    .hint = give one of them another name or `slug:` in this language
tag-unknown = `{ $id }` is not a topic of content/data/tags.yaml; the item is not listed under it
    .hint = check the spelling against the ids in tags.yaml, or add the topic there with its name in every language
check-page-translation-draft = this page has no version { lang-in }
    .hint = { $draft } is still a draft: translate it, then remove `draft: true`

## Proofreading (tilts check)

proof-no-dictionary = no { lang-of } spelling dictionary was found, so the spelling of files { lang-in } is not checked
    .hint = install one (Debian, Ubuntu: sudo apt-get install hunspell-{ $code }) or name one in content/site.yaml, proofing: dictionaries: { $code }: PATH (without .aff or .dic)
proof-dictionary-unreadable = the spelling dictionary { $path } cannot be read: { $detail }
    .hint = proofing: dictionaries: names each dictionary without its file extension; both PATH.aff and PATH.dic must be there
proof-unknown-word = unknown word “{ $word }”
    .hint = correct it or, if it is right, add it to content/data/words.yaml under { $code }: (tilts check --add-words adds every unknown word, for review)
proof-unknown-word-suggest = unknown word “{ $word }”; did you mean { $suggestions }?
    .hint = correct it or, if it is right, add it to content/data/words.yaml under { $code }: (tilts check --add-words adds every unknown word, for review)
proof-wrong-language = this paragraph seems to be { $found }, not { $expected }
    .hint = translate it, or move it to the file of its language; its spelling is not checked
words-unknown-language = words.yaml lists words for “{ $code }”, which is not a language of the site
    .hint = use a language code from content/site.yaml, or all: for words of every language
typo-straight-quotes = straight quotes "…" in { lang-of } text
    .hint = write { $open }…{ $close } (tilts check --fix-typography does it when the quotes come in pairs)
typo-foreign-quote = the quotation mark { $mark } is not used here { lang-within }
    .hint = quotes { lang-within } look like { $open }…{ $close } (tilts check --fix-typography changes it)
typo-nbsp = a plain space between { $number } and { $unit }
    .hint = use a no-break space, so that the number and { $unit } stay on one line (tilts check --fix-typography puts it in)
typo-no-space = no space between { $number } and { $unit }
    .hint = { lang-within }, a no-break space goes between a number and { $unit } (tilts check --fix-typography puts it in)
typo-space-not-wanted = a space between { $number } and { $unit }
    .hint = { lang-within }, { $unit } is written right after the number (tilts check --fix-typography takes the space out)
typo-range-hyphen = a hyphen in the range { $text }
    .hint = a range takes an en dash, – (tilts check --fix-typography changes it)
typo-double-space = two spaces in a row
    .hint = one is enough (tilts check --fix-typography takes the other out)
typo-double-punctuation = doubled punctuation “{ $text }”
    .hint = keep one mark (three full stops make an ellipsis: …)
typo-numeric-date = the date { $text } is written in numbers
    .hint = the site writes dates in words: { $long }
check-added-words = { $count ->
    [one] Added { $count } word to { $file }; read it over
   *[other] Added { $count } words to { $file }; read them over
}: a misspelt word there is accepted everywhere.
check-fixed-file = { $file }: { $count ->
    [one] fixed { $count } place
   *[other] fixed { $count } places
}; the original is kept as { $backup }
check-fix-skipped = { $file } changed while it was being checked and was left as it is; run tilts check --fix-typography again
check-fixed-none = No typography to fix.

## Photos

media-unsupported = this file is not a JPEG, PNG or WebP picture, whatever its name says
    .hint = save the photo as JPEG (photos) or PNG (drawings, logos) and put it here again
media-corrupt = this picture cannot be read: { $detail }
    .hint = the file is damaged or was not copied whole; export it again from the camera or editor
media-too-large = this picture is { $width } × { $height ->
        [one] { $height } pixel
       *[other] { $height } pixels
    }, more than { $megapixels ->
        [one] { $megapixels } megapixel
       *[other] { $megapixels } megapixels
    }
    .hint = make it smaller (2400 pixels wide is plenty for the web) and save it again
media-cut-short = this picture is cut short: the file ends before the picture does
    .hint = the file was not copied whole; copy or export it again from the camera or editor
media-too-little-data = this picture says it is { $width } × { $height ->
        [one] { $height } pixel
       *[other] { $height } pixels
    }, but the file holds far too little data for that: most of it would show grey
    .hint = the file is damaged or was not copied whole; export it again from the camera or editor
media-format-unreadable = tilts cannot read { $format } pictures, so it cannot take out of this one what the camera wrote in it (such as where the photo was taken)
    .hint = open it and save it as JPEG (photos) or PNG (drawings, logos), then put that file here instead of this one
media-left-out = { $problem }; no page shows it, so it is left out of the site
    .hint = delete it, or, if a page is to show it, save it again as JPEG (photos) or PNG (drawings, logos) from the camera or editor
media-same-name = this photo and { $other } would both be published as { $file }
    .hint = rename one of them (photos with the same name and different file extensions make the same smaller copies)
media-document-large = this document is { $megabytes } MB, more than { $limit } MB
    .hint = readers on mobile data pay for every megabyte: make it smaller (a PDF exported for screen, photos at lower resolution), or raise max_document_mb in content/site.yaml
gallery-no-photos = the gallery folder { $folder } has no photos
    .hint = put the gallery's JPEG, PNG or WebP photos into { $folder }, or correct the folder's name after gallery:
gallery-no-captions = the gallery in { $folder } has no captions file
    .hint = create { $file } in that folder, with each photo's name and what it shows, e.g. `photo-1.jpg: {"{"} alt: Partners at the table {"}"}`
gallery-photo-undescribed = the photo { $photo } in the gallery folder has no description in { $captions }
    .hint = add `{ $photo }:` with `alt:` (what the photo shows) to { $captions }, or move the photo out of the folder
gallery-caption-no-photo = there is no photo { $photo } in the gallery folder { $folder }
    .hint = check the name (its letters and file extension must match the file exactly), or remove this entry
config-base-url-scheme = base_url `{ $url }` must start with https:// or http://
    .hint = write the site's full address, e.g. https://www.example.lv/projekts/
config-base-url-bad = base_url `{ $url }` is not a plain site address: { $why }
    .hint = write only the site's address, e.g. https://www.example.lv/projekts/ — it is written into every page, the feeds and the sitemap
config-base-url-user = it contains a user name or password (before @), which would be published on every page
config-base-url-host = the server's name may have only letters, digits, dots and hyphens
config-base-url-port = the port after the colon must be a number from 1 to 65535
config-base-url-path = the part after the server's name may not have spaces, quotes, ; $ ? # or .. (letters, digits and - _ . ~ / + , = @ ! ( ) * : are fine)
fm-translation-key-bad = translation_key `{ $value }` may have only letters, digits, hyphens, underscores, dots and slashes (no spaces, line breaks or other signs)
    .hint = write the same short key in every language version of the item, e.g. translation_key: kickoff-2018
fm-file-name-bad = the file's name `{ $name }` has a line break, a tab or another control character
    .hint = rename the file with letters, digits and hyphens only, e.g. 2018-05-16-sakums.lv.md, and its other language versions the same way
check-raw-image-no-alt = the picture { $url } in the HTML has no alternative text
    .hint = add alt="what the picture shows" to its <img> tag (alt="" only for a picture that is pure decoration)
md-table-empty-header = a column of this table has no heading
    .hint = write a heading for every column in the table's first row: a screen reader reads it out before each value of the column

## Programme periods and Article 50 (#27)
project-no-period = project.yaml does not say which programme period's EU rules apply to the project
    .hint = add `period: 2021-2027` for a project of the current period, or `period: 2014-2020` for one funded in 2014–2020
project-unknown-period = `{ $value }` is not a programme period with known EU rules
    .hint = write one of: { $known }
project-period-years = the project starts in { $year }, outside the programme period `{ $period }`
    .hint = check `period:`: projects of 2014–2020 programmes write `period: 2014-2020`
op-no-description = project.yaml has no `description:`, the short description of the project that Article 50 of Regulation (EU) 2021/1060 asks for
    .hint = add `description:` with a few sentences in each language, under `lv:`, `lt:` and `en:`
op-no-aims = `aims:` lists none of the project's aims
    .hint = list the project's aims in each language
op-no-results = project.yaml has no `results:`, the project's results that Article 50 asks for
    .hint = add `results:` with `expected:` (what the project will achieve) and `achieved:` (what it has achieved; `achieved: []` until there is something)
op-no-expected-results = `results:` lists no expected results (`expected:`)
    .hint = list under `expected:` what the project will achieve, in each language
op-no-achieved-results = `results:` has no `achieved:`
    .hint = list the results achieved so far, or write `achieved: []` while there are none yet
op-no-english-summary = `description:` has no summary in English (`en:`)
    .hint = the programme publishes an English summary of every project; write it under `description:` as `en:` (at most { $limit } { $limit ->
        [one] character
       *[other] characters
    })
op-summary-too-long = the English summary has { $length } { $length ->
        [one] character
       *[other] characters
    }; the programme accepts at most { $limit }
    .hint = shorten it, or set `summary_limit:` in project.yaml if your programme allows more
logo-flag-outside-period = `includes_eu_statement` is for the programme logos of 2021–2027; under the rules of `{ $period }` the EU emblem is shown on its own
    .hint = remove `includes_eu_statement`
logo-no-alt = the programme logo shows the EU emblem and statement, so it needs `alt:` text in every language
    .hint = write what the logo says, e.g. `alt: { "{" } lv: "Interreg Latvija–Lietuva. Līdzfinansē Eiropas Savienība", … { "}" }`
project-logo-missing = programme_logo: there is no file /{ $logo } in the site
    .hint = put the file into static/ (or the theme's static/), or correct `src:`
indicator-no-unit = indicator “{ $name }”: `unit:` has no forms for `{ $code }`
    .hint = write the unit in each plural form under `{ $code }:`, e.g. `{ $code }: { "{" } { $example } { "}" }`
indicator-unit-forms = indicator “{ $name }”: the unit under `{ $code }:` lacks the { $count ->
        [one] form
       *[other] forms
    } { $missing }
    .hint = numbers in this language take the forms { $all } (CLDR), e.g. `{ $code }: { "{" } { $example } { "}" }`
indicator-no-target = indicator “{ $name }”: the target must be more than 0
    .hint = write the target value from the application form
indicator-above-target = indicator “{ $name }”: the achieved value { $achieved } is above the target { $target }
    .hint = check the figure; if the project did exceed the target, add `exceeded: true`
indicator-not-exceeded = indicator “{ $name }” is marked `exceeded: true`, but its achieved value is not above the target
    .hint = remove `exceeded: true`, or correct the achieved value
indicator-date-outside = indicator “{ $name }”: the date { $date } is outside the project's period ({ $start } – { $end })
    .hint = write the date the value was measured, within the project's period
page-eu-words-missing = the EU block on /{ $path } does not say “{ $words }”
    .hint = projects of `{ $period }` show these words beside the EU emblem, in the page's language; keep the `eu_block` of the default theme's components.html
page-eu-emblem-size-undeclared = the EU emblem on /{ $path } has no declared width and height
    .hint = give the emblem's <img> a width and a height, so that its size can be compared with the other logos
page-logo-size-undeclared = the logo { $logo } on /{ $path } has no declared width and height
    .hint = declare its width and height (for the programme logo: `width:` and `height:` under `programme_logo:` in project.yaml), so that it can be compared with the EU emblem
page-logo-larger-than-emblem = the logo { $logo } on /{ $path } is larger ({ $size }) than the EU emblem ({ $emblem })
    .hint = the 2021–2027 rules ask for the EU emblem to be at least as large as the largest other logo, in height or in width; show the logo smaller (`width:` and `height:` under `programme_logo:` in project.yaml)
what-description = the project's description
what-logo-alt = the programme logo's text
what-indicator-name = the indicator's name
init-period-chosen = The project follows the EU rules of the programme period { $period }, the current one. For a project of 2014–2020, write `period: 2014-2020` in content/data/project.yaml (or make the site with `tilts init --period 2014-2020`).
init-period-given = The project follows the EU rules of the programme period { $period }, as `period:` in content/data/project.yaml says.

## Places (#32 item 4)

yaml-tab-after-key = there is a tab after `{ $key }:`, which YAML cannot read here
    .hint = replace the tab with a space; a list or fields that belong to `{ $key }` go on the lines below it, indented with spaces
yaml-tab-here = there is a tab here, which YAML cannot read in this place
    .hint = replace the tab with spaces
tag-not-checked = the topics of the news items are not checked: the data files in content/data/ have errors
    .hint = fix the errors reported for content/data/ first; then the topics are checked against tags.yaml

## CLI, serve and new files (#32 item 1)

label-note = note
cli-about = Bilingual static sites for EU-funded cross-border projects
cli-about-build = Build the site into the output folder
cli-about-check = Check the site without writing anything
cli-about-init = Create a new bilingual starter site in a new folder
cli-about-serve = Serve the site locally, rebuild on every change and reload the browser
cli-about-new = Create new content in every language at once
cli-about-new-news = A news item: one file per language of the site, the others marked as untranslated drafts
cli-about-new-page = A page: one file per language of the site in content/pages/, the others marked as untranslated drafts
cli-about-theme = Work with the theme
cli-about-theme-eject = Write the built-in theme into themes/default/ to edit it (files already there are kept)
cli-arg-news-title = The headline, in the language given by --lang
cli-arg-page-title = The page's title, in the language given by --lang
cli-arg-news-date = The date of the item (default: today)
cli-arg-check-strict = Treat warnings as errors (exit code 2 when there are only warnings)
cli-arg-messages = The language of tilts' messages: lv, lt or en (default: from LC_ALL, LC_MESSAGES or LANG)
cli-arg-root = The site folder (with content/, i18n/, themes/)
cli-arg-drafts = Include news items and pages marked `draft: true`
cli-arg-safe = Strip raw HTML from Markdown with a sanitizer
cli-arg-future = Include items dated in the future, marked as scheduled (serve always does)
cli-arg-expired = Include items whose `expires:` has passed
cli-arg-port = Port to listen on (0: any free port)
cli-arg-bind = Address to listen on; other computers can reach anything but 127.0.0.1
cli-arg-open = Open the site in the default browser
cli-arg-poll = Poll for changes (for network and container file systems without events)
cli-arg-idle-timeout = Close a connection after this many seconds without a byte either way
cli-arg-output = Where to write the site (default: the site folder's public/)
cli-arg-base-url = Use this address instead of base_url from content/site.yaml
cli-arg-strict = Treat warnings as errors
cli-arg-force = Replace the output folder even if tilts did not create it
cli-arg-quiet = Print only problems
cli-arg-verbose = Also print what was built and how long each step took
cli-arg-add-words = Add the unknown words of this run to content/data/words.yaml (under each language, after the words there), for review
cli-arg-fix-typography = Apply the safe typography fixes in place (no-break spaces, en dashes, quotation marks, doubled spaces); each file's original is kept as FILE.bak
cli-arg-no-proofing = Leave out proofreading (spelling, typography, language)
cli-arg-dir = The folder to create (must be empty or not exist)
cli-arg-period = The programme period whose EU rules the project follows: 2021-2027 (the default) or 2014-2020
cli-arg-folder = A folder under content/pages/ (the address becomes /LANG/FOLDER/SLUG/)
cli-arg-lang = The language the title is written in (default: the site's default language)
cli-arg-help = Print this help
cli-arg-version = Print the version
cli-value-language = LANG
cli-value-folder = FOLDER
cli-value-period = PERIOD
cli-value-title = TITLE
cli-value-date = DATE
cli-value-port = PORT
cli-value-address = ADDRESS
cli-value-seconds = SECONDS
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-usage = Usage
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-with-default = { $help } (default: { $default })
cli-caused-by = caused by: { $cause }
cli-created = Created { $file }
cli-eject-kept = { $count ->
    [one] Kept { $count } file that was already there, unchanged.
   *[other] Kept { $count } files that were already there, unchanged.
}
cli-eject-done = Edit the files in themes/default/; each one overrides the built-in file of the same name.
cli-init-done = Created a new site in { $dir }. Build it with: tilts build --root { $dir }
cli-serve-no-site = { $dir } has no content/site.yaml; run tilts serve in a site folder, or create one with tilts init DIR
cli-build-done = { $count ->
    [one] Built { $count } page
   *[other] Built { $count } pages
} ({ $languages }) into { $output } in { $seconds } s
cli-build-done-warnings = { $count ->
    [one] Built { $count } page
   *[other] Built { $count } pages
} ({ $languages }) into { $output } in { $seconds } s, { $warnings }
cli-build-rendered = { $rendered ->
    [one] Rendered { $rendered } page
   *[other] Rendered { $rendered } pages
}, reused { $reused }; { $files ->
    [one] { $files } file
   *[other] { $files } files
} written
cli-build-progress = Rendering pages: { $done }/{ $total }
new-bad-date = `{ $value }` is not a date; write it as YYYY-MM-DD
new-bad-folder = `{ $folder }` cannot be part of a web address; use lowercase ASCII letters, digits and hyphens
new-unknown-language = `{ $code }` is not one of this site's languages ({ $codes })
new-title-no-letters = the title needs at least one letter or digit
new-exists = { $file } already exists; nothing was written
new-cannot-create = cannot create { $file }: { $detail }
new-cannot-write = cannot write { $file }: { $detail }
new-comment-slug = The web address; it stays when the title is corrected:
new-comment-summary = One or two sentences for lists and previews:
new-comment-menu = A place in the main menu (1 first), and a shorter label there:
new-comment-untranslated = Untranslated: translate the title, summary, slug and text from { lang-of }, then remove `draft: true`.
init-cannot-read = cannot read { $dir }: { $detail }
init-not-empty = { $dir } is not empty; choose a new folder for the site
init-unknown-period = `{ $value }` is not a programme period with known EU rules; choose one of: { $known }
init-comment-accessibility = Follows the model of Commission Implementing Decision (EU) 2018/1523.
init-comment-period-2021 = The EU rules of the programme period 2021–2027 apply (Regulation (EU) 2021/1060). For a project of 2014–2020, write `period: 2014-2020`.
init-comment-period-2014 = The EU rules of the programme period 2014–2020 apply. For a project of 2021–2027, write `period: 2021-2027`.
init-comment-fill-in = To fill in: Article 50 of Regulation (EU) 2021/1060 asks the project's website for a short description, the aims and the results; `tilts check` lists each of them until it is written. Remove the `# ` before each line below and write your own text:
serve-reachable = serving on { $bind } makes the draft site reachable from other computers; the default is 127.0.0.1
serve-serving = Serving { $dir } at { $url } (Ctrl+C to stop)
serve-cannot-listen = cannot listen on { $address }
serve-built = { $rendered ->
    [one] Built in { $ms } ms: { $rendered } page rendered, { $reused } unchanged
   *[other] Built in { $ms } ms: { $rendered } pages rendered, { $reused } unchanged
}
serve-built-early = { $built } (pages shown after { $ms } ms)
serve-build-failed = Build failed; still serving the last good version.
serve-port-busy = port { $port } on { $bind } is already in use (another tilts serve, or another program); try --port { $free } (free now), or --port 0 to let tilts pick a free port
serve-port-busy-none = port { $port } on { $bind } is already in use (another tilts serve, or another program); try --port 0 to let tilts pick a free port
serve-no-browser = could not open a browser; visit { $url }
serve-overlay-title = The last change could not be built. The page shows the last good version.
serve-overlay-close = Close
serve-not-found = Not found
serve-bad-request = Bad request
serve-failed-title = Build failed
serve-failed-heading = The site could not be built yet
serve-failed-text = See the problems listed here and in the terminal.
serve-wrong-host = tilts serve answers only to localhost, 127.0.0.1, [::1] or the address it listens on ({ $bind }), not to { $host }.
site-folder-unopened = the site folder { $dir } cannot be opened: { $detail }; give the folder with content/site.yaml in --root, or run tilts inside it
site-folder-is-file = the site folder { $dir } is a file, not a folder; give the folder with content/site.yaml in --root
file-cannot-write = cannot write { $file }
file-cannot-create = cannot create { $file }
serve-stopped = the web server stopped
cli-bad-language = tilts speaks lv, lt and en, not `{ $value }`
cli-phase-read = read
cli-phase-assemble = assemble
cli-phase-checks = checks
cli-phase-photos = photos
cli-phase-render = render
cli-phase-publish = feeds, sitemap, search
cli-phase-static = static files
config-language-twice = language `{ $code }` is listed twice
    .hint = keep one entry for each language under languages:
config-no-languages = no languages are configured
    .hint = list the site's languages under languages: (see README.md)
config-default-language-unknown = default_language `{ $value }` is not one of the configured languages
    .hint = use one of: { $codes }
config-language-code-bad = language code `{ $code }` is not a two- or three-letter code
    .hint = use ISO 639 codes such as lv, lt, en
config-locale-bad = `{ $value }` is not a locale
    .hint = use a CLDR locale such as lv-LV or lt-LT
config-section-bad = section name `{ $value }` cannot be used in a URL
    .hint = use lowercase ASCII letters, digits and hyphens, e.g. jaunumi (not con, nul, com1 or another name Windows keeps for devices)
config-unreadable = cannot read the site configuration: { $detail }
    .hint = is this the site folder? `tilts init DIR` creates a new site
config-theme-name-bad = theme name `{ $value }` must be a plain folder name
    .hint = write the name of a folder in themes/, or delete the line to use the built-in theme
config-news-per-page-zero = news_per_page must be at least 1
    .hint = write how many news items a list page shows, e.g. news_per_page: 10
config-photo-widths-bad = photo_widths must list widths from 16 to 4000 pixels
    .hint = for example photo_widths: [360, 720, 1080, 1600]
config-site-file-bad = { $key } `{ $value }` must be a path like /images/logo.png
    .hint = put the file into static/ and write its path from there
config-timezone-bad = `{ $value }` is not a time zone
    .hint = use an IANA name such as Europe/Riga or Europe/Vilnius
config-quotes-bad = quotes must list exactly two marks: opening and closing
    .hint = write them like quotes: ["«", "»"], or delete the line to use the language's usual ones
file-cannot-replace = cannot replace { $file }
folder-cannot-create = cannot create folder { $file }
file-cannot-move = cannot move { $file } to { $to }
file-cannot-remove = cannot remove { $file }
file-cannot-read = cannot read { $file }
output-is-site = the output folder { $output } is the site folder { $root }; a build replaces its output folder as a whole, which would delete the site's sources. Choose a folder of its own, such as { $suggestion }
output-contains-site = the output folder { $output } contains the site folder { $root }; a build replaces its output folder as a whole, which would delete the site's sources. Choose a folder of its own, such as { $suggestion }
output-in-sources = the output folder { $output } is inside { $folder }/ of the site folder { $root }; a build replaces its output folder as a whole, which would delete the site's sources. Choose a folder of its own, such as { $suggestion }
output-in-repository = the output folder { $output } is inside the repository folder { $git } of the site folder { $root }; a build replaces its output folder as a whole, which would delete the site's sources. Choose a folder of its own, such as { $suggestion }
output-link-broken = the output { $output } is a link to a place that cannot be opened; create its target or remove the link
output-link-loop = the output { $output } passes through too many links (a loop of links?); give a folder without them
output-link-unreadable = the link { $link } cannot be read: { $detail }
output-is-file = the output { $output } is a file, not a folder
output-not-ours = { $output } is not empty and was not made by tilts; choose another --output folder or pass --force to replace it
output-no-staging = cannot create a staging folder in { $folder }
output-lock-unopened = cannot open the lock file { $file }
output-waiting = Another tilts build is writing to { $output }; waiting for it to finish…
output-cannot-lock = cannot lock { $file }
output-not-found = cannot find the output folder { $file }
output-not-written = the site could not be written: { $detail }; nothing was published and { $output } is unchanged
proof-cannot-keep-original = cannot keep the original as { $file }
words-not-utf8 = { $file } is not UTF-8 text
words-comment = Words the spelling check accepts, per language (`all`: every language). `Word*` accepts any ending. See README.md.
output-marker = This folder is written by tilts build; it is replaced on every build.
output-two-files = two files would be written to { $path }
output-cannot-copy = cannot copy { $file } to { $to }: { $detail }
output-unsafe-path = `{ $path }` is not a safe output path
file-cannot-read-because = cannot read { $file }: { $detail }
size-more-than = more than { $size }
cli-error-hint = tilts --help (or tilts COMMAND --help) shows what can be given
cli-error-unknown-argument = { $arg } is not an option of this command
cli-error-unknown-command = { $command } is not a command of tilts
cli-error-missing = { $arg } must be given
cli-error-missing-command = a command must be given (build, check, init, serve, new or theme)
cli-error-conflict = { $arg } cannot be given together with { $other }
cli-error-value = `{ $value }` is not a value { $arg } can take
cli-error-value-why = `{ $value }` is not a value { $arg } can take: { $why }
cli-error-other = the command line cannot be read ({ $detail })
theme-not-found = theme `{ $name }` was not found in themes/
    .hint = create the folder themes/{ $name }/ or use theme: default
theme-symlink = symbolic links are not followed
    .hint = copy the file into the folder instead of linking to it
static-takes-generated = this static file would take the place of /{ $path }, which tilts makes from the site's content
    .hint = rename or move { $file }; /{ $path } is generated on every build
ui-strings-unreadable = cannot read the UI strings: { $detail }
    .hint = every configured language needs its .ftl file
ui-syntax = Fluent syntax error: { $detail }
    .hint = see https://projectfluent.org/fluent/guide/ for the syntax
ui-defined-twice = { $detail }
    .hint = each message id may be defined once
ui-too-deep = placeables are nested more than { $max } deep here
    .hint = a message needs {"{"} {"}"} inside {"{"} {"}"} only a few levels deep; remove the extra braces
ui-refers-to-itself = message `{ $id }` refers to itself: { $id } → { $path }
    .hint = a message may use other messages, but not one that leads back to it
site-file-io = cannot read the file: { $detail }
site-file-outside = the file is a link to a place outside the site folder, which tilts does not follow
site-file-not-a-file = this is { $kind }, not a file; tilts reads only ordinary files (remove it or move it out of the site folder)
site-file-too-large = the file is too large ({ $size }); tilts reads files of up to { $limit }
kind-fifo = a named pipe (FIFO)
kind-socket = a socket
kind-device = a device
kind-folder = a folder
kind-link = a link
kind-special = a special file
cli-about-help = Print this help or the help of the given command

## Translations in step (#32 item 6)

step-source-changed = the text { lang-in } ({ $source }) changed after this translation was made on { DATE($date) }: { $changes }
    .hint = review this translation against it, then run `tilts check --mark-translated { $file }`
step-source-changed-undated = the text { lang-in } ({ $source }) changed after this translation was made: { $changes }
    .hint = review this translation against it, then run `tilts check --mark-translated { $file }`
step-changes-unknown = the version it was made from is not kept in content/translated-from/, so what changed cannot be shown
step-list = { $list }, { $item }
step-title-changed = the title changed
step-summary-changed = the summary changed
step-paragraphs-added = { $count ->
        [one] { $count } paragraph added
       *[other] { $count } paragraphs added
    }
step-paragraphs-removed = { $count ->
        [one] { $count } paragraph removed
       *[other] { $count } paragraphs removed
    }
step-paragraphs-changed = { $count ->
        [one] { $count } paragraph changed
       *[other] { $count } paragraphs changed
    }
step-bad-value = `translated_from:` is not a version tilts wrote: { $value }
    .hint = once this translation is up to date, run `tilts check --mark-translated` with this file's name: it writes the field again
step-marked = { $file }: marked as translated from version { $version } of { $source }
step-already-marked = { $file } is already marked as translated from the current version of { $source }
step-mark-not-found = { $file } is not a news item or page of this site that tilts could read
step-mark-is-source = { $file } is the text { lang-in } itself, which the other languages are translated from; mark one of its translations
step-mark-no-source = { $file } has no version { lang-in } that it could be a translation of
step-comment-translated-from = The version of the text { lang-in } this translation is made from: once it is translated, run tilts check --mark-translated with this file's name.
table-outdated = REVIEW
table-outdated-note = REVIEW: the text in the default language changed after the translation was made.
cli-arg-mark-translated = Record that FILE, a translation, is up to date with the text in the site's default language (check then stops saying that the text changed)
cli-value-file = FILE

## Proofreading in serve (#32 item 5)

serve-proof-title = Spelling and typography on this page
serve-proof-count = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
serve-proof-close = Close
