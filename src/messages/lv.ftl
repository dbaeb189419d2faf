# tilts ziņojumi latviski; tie paši id un tajā pašā secībā kā en.ftl.
# Daudzskaitļa formas izvēlas pēc CLDR (ICU4X): zero (0, 10–20, 30, 11 ...),
# one (1, 21, 31, ... bet ne 11), other.

## Vārdi ap katru ziņojumu

label-error = kļūda
label-warning = brīdinājums
label-hint = padoms
summary-errors = { $count ->
    [zero] { $count } kļūdu
    [one] { $count } kļūda
   *[other] { $count } kļūdas
}
summary-warnings = { $count ->
    [zero] { $count } brīdinājumu
    [one] { $count } brīdinājums
   *[other] { $count } brīdinājumi
}
table-title = Ziņas pa valodām:
table-item = ziņa
table-present = ir
table-missing = TRŪKST

## Kļūdas YAML tekstā (ievaddaļā un datu failos)

yaml-colon-in-value = lauka `{ $key }` vērtībā ir “: ”, ko YAML uztver kā jauna lauka sākumu
    .hint = ielieciet visu vērtību pēdiņās: { $fixed }
yaml-unclosed-quote = šeit atvērtās pēdiņas netiek aizvērtas
    .hint = vērtības beigās šajā pašā rindā pielieciet tādu pašu pēdiņu zīmi
yaml-unclosed-bracket = šeit ar [ vai {"{"} sāktais saraksts netiek aizvērts
    .hint = saraksta beigās pielieciet aizverošo ] vai {"}"}
yaml-tab = šeit atkāpei lietota tabulācijas zīme
    .hint = YAML rindas sākumā atļauj tikai atstarpes; aizstājiet tabulāciju ar atstarpēm
yaml-key-indent = `{ $key }` ir atkāpē ar { $found ->
        [zero] { $found } atstarpēm
        [one] { $found } atstarpi
       *[other] { $found } atstarpēm
    }, bet lauki blakus tam — ar { $expected }
    .hint = sāciet `{ $key }` tieši zem `{ $neighbour }` { $neighbour_line }. rindā ({ $expected ->
        [zero] { $expected } atstarpes
        [one] { $expected } atstarpe
       *[other] { $expected } atstarpes
    } no kreisās malas)
yaml-key-too-deep = `{ $key }` ir atkāpē ar { $found ->
        [zero] { $found } atstarpēm
        [one] { $found } atstarpi
       *[other] { $found } atstarpēm
    }, vairāk nekā `{ $neighbour }` virs tā { $neighbour_line }. rindā, kam jau ir vērtība
    .hint = sāciet `{ $key }` tieši zem `{ $neighbour }` ({ $expected ->
        [zero] { $expected } atstarpes
        [one] { $expected } atstarpe
       *[other] { $expected } atstarpes
    } no kreisās malas)
yaml-item-indent = šis saraksta elements ir atkāpē ar { $found }, bet saraksts, kuram tas pieder, — ar { $expected }
    .hint = visu saraksta elementu zīmi - sāciet vienā un tajā pašā kolonnā
yaml-item-not-pair = šis saraksta elements ir tikai teksts, bet šī saraksta elementi ir lauki `nosaukums: vērtība` (kā elements { $first }. rindā)
    .hint = rakstiet elementu tāpat kā pārējos, piemēram, `- id: ...` ar pārējiem laukiem zem tā
yaml-line-not-pair = šī rinda nav lauks `nosaukums: vērtība`
    .hint = pirms teksta ierakstiet lauka nosaukumu, kolu un atstarpi (piem., `title: ...`) vai, ja teksts turpina iepriekšējo rindu, atkāpiet to vairāk nekā lauku, kuram tas pieder
yaml-duplicate-key = `{ $key }` šeit norādīts divreiz; pirmoreiz tas norādīts { $first }. rindā
    .hint = atstājiet vienu no abām rindām un otru izdzēsiet
yaml-unknown-field = `{ $field }` šeit nav tilts zināms lauks
    .hint = pārbaudiet rakstību (šeit ir lauki: { $expected }) vai izdzēsiet rindu
yaml-unknown-field-any = `{ $field }` šeit nav tilts zināms lauks
    .hint = pārbaudiet lauka nosaukuma rakstību vai izdzēsiet rindu
yaml-missing-field = šeit trūkst lauka `{ $field }`
    .hint = pievienojiet šim ierakstam rindu `{ $field }: ...` ar tādu pašu atkāpi kā tā pārējiem laukiem
yaml-unknown-value = `{ $value }` nav neviena no šeit atļautajām vērtībām
    .hint = lietojiet vienu no šīm: { $expected }
yaml-wrong-type = šeit vērtība nav gaidītajā veidā ({ $detail })
    .hint = salīdziniet ar piemēru README.md: teksts, skaitlis, saraksts (rindas, kas sākas ar -) vai lauki (rindas `nosaukums: vērtība`)
yaml-other = YAML to nevar nolasīt: { $detail }
    .hint = salīdziniet rindas šeit apkārt ar piemēru README.md; tekstu, kurā ir kols, # vai pēdiņas, drošāk likt pēdiņās
yaml-empty = šis YAML teksts ir tukšs
    .hint = aizpildiet laukus, kas šim failam vajadzīgi (sk. README.md)

## Skaitļi (nauda)

money-not-number = `{ $value }` nav naudas summa
    .hint = rakstiet to ar cipariem un punktu pirms centiem, piemēram, 791256.20
money-decimals = `{ $value }` ir vairāk nekā divas zīmes aiz komata; summas norāda ar precizitāti līdz centam
    .hint = rakstiet summu līdz centam tieši tā, kā tā publicēta, piem., 791256.20
money-too-large = `{ $value }` ir pārāk liela summa
    .hint = pārbaudiet skaitli: summas ir eiro, centi aiz punkta
