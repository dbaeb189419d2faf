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
lang-in = { $code ->
    [en] angļu valodā
    [lv] latviešu valodā
    [lt] lietuviešu valodā
   *[other] valodā „{ $code }“
}
lang-within = { $code ->
    [en] angļu valodā
    [lv] latviešu valodā
    [lt] lietuviešu valodā
   *[other] valodā „{ $code }“
}
lang-of = { $code ->
    [en] angļu valodas
    [lv] latviešu valodas
    [lt] lietuviešu valodas
   *[other] valodas „{ $code }“
}

## Kļūdas YAML tekstā (ievaddaļā un datu failos)

yaml-colon-in-value = lauka `{ $key }` vērtībā ir „: “, ko YAML uztver kā jauna lauka sākumu
    .hint = ielieciet visu vērtību pēdiņās: { $fixed }
yaml-unclosed-quote = šeit atvērtās pēdiņas netiek aizvērtas
    .hint = vērtības beigās šajā pašā rindā pielieciet tādu pašu pēdiņu zīmi
yaml-unclosed-bracket = šeit ar [ vai {"{"} sāktais saraksts netiek aizvērts
    .hint = saraksta beigās pielieciet aizverošo ] vai {"}"}
yaml-tab = šeit atkāpei lietota tabulācijas zīme
    .hint = YAML rindas sākumā atļauj tikai atstarpes; aizstājiet tabulāciju ar atstarpēm
yaml-key-indent = `{ $key }` ir atkāpts par { $found ->
        [zero] { $found } atstarpēm
        [one] { $found } atstarpi
       *[other] { $found } atstarpēm
    }, bet blakus esošie lauki — par { $expected }
    .hint = sāciet `{ $key }` tieši zem `{ $neighbour }` { $neighbour_line }. rindā ({ $expected ->
        [zero] { $expected } atstarpju
        [one] { $expected } atstarpe
       *[other] { $expected } atstarpes
    } no kreisās malas)
yaml-key-too-deep = `{ $key }` ir atkāpts par { $found ->
        [zero] { $found } atstarpēm
        [one] { $found } atstarpi
       *[other] { $found } atstarpēm
    } — vairāk nekā `{ $neighbour }` { $neighbour_line }. rindā virs tā, kuram jau ir vērtība
    .hint = sāciet `{ $key }` tieši zem `{ $neighbour }` ({ $expected ->
        [zero] { $expected } atstarpju
        [one] { $expected } atstarpe
       *[other] { $expected } atstarpes
    } no kreisās malas)
yaml-item-indent = šis saraksta elements ir atkāpts par { $found ->
        [zero] { $found } atstarpēm
        [one] { $found } atstarpi
       *[other] { $found } atstarpēm
    }, bet saraksts, kuram tas pieder, — par { $expected }
    .hint = visu saraksta elementu zīmes - rakstiet vienā un tajā pašā kolonnā
yaml-item-not-pair = šis saraksta elements ir tikai teksts, bet šī saraksta elementi ir lauki `nosaukums: vērtība` (kā elements { $first }. rindā)
    .hint = rakstiet elementu tāpat kā pārējos, piemēram, `- id: ...` ar pārējiem laukiem zem tā
yaml-line-not-pair = šī rinda nav lauks `nosaukums: vērtība`
    .hint = pirms teksta ierakstiet lauka nosaukumu, kolu un atstarpi (piem., `title: ...`) vai, ja teksts turpina iepriekšējo rindu, atkāpiet to vairāk nekā lauku, kuram tas pieder
yaml-duplicate-key = `{ $key }` šeit norādīts divreiz; pirmoreiz tas norādīts { $first }. rindā
    .hint = atstājiet vienu no abām rindām un otru izdzēsiet
yaml-unknown-field = lauks `{ $field }` šeit nav paredzēts
    .hint = pārbaudiet rakstību (šeit ir lauki: { $expected }) vai izdzēsiet rindu
yaml-unknown-field-any = lauks `{ $field }` šeit nav paredzēts
    .hint = pārbaudiet lauka nosaukuma rakstību vai izdzēsiet rindu
yaml-missing-field = šeit trūkst lauka `{ $field }`
    .hint = pievienojiet šim ierakstam rindu `{ $field }: ...` ar tādu pašu atkāpi kā tā pārējiem laukiem
yaml-unknown-value = `{ $value }` nav neviena no šeit atļautajām vērtībām
    .hint = lietojiet vienu no šīm: { $expected }
yaml-wrong-type = šīs vērtības veids šeit neder ({ $detail })
    .hint = salīdziniet ar piemēru README.md: teksts, skaitlis, saraksts (rindas, kas sākas ar -) vai lauki (rindas `nosaukums: vērtība`)
yaml-shape-list = laukā `{ $key }` jābūt sarakstam, nevis { $found ->
        [value] vienai vērtībai
       *[fields] laukiem `nosaukums: vērtība`
    }
    .hint = { $found ->
        [value] sarakstu raksta kvadrātiekavās arī tad, ja tajā ir viens elements: rakstiet `{ $key }: [{ $value }]`
       *[fields] katru saraksta elementu sāciet ar - un atstarpi, piemēram, `- { $value }`, ar atkāpi zem `{ $key }:`
    }
yaml-shape-fields = { $place ->
        [item] katrā saraksta `{ $key }` elementā jābūt laukiem `nosaukums: vērtība`
       *[value] laukā `{ $key }` jābūt laukiem `nosaukums: vērtība`
    }, nevis { $found ->
        [list] sarakstam
       *[value] vienai vērtībai
    }
    .hint = { $place ->
        [item] aiz - rakstiet elementa laukus kā `nosaukums: vērtība`, katru savā rindā ar vienādu atkāpi (lauki aprakstīti README.md)
       *[value] { $found ->
            [list] zem `{ $key }:` rakstiet laukus kā rindas `nosaukums: vērtība` bez - priekšā
           *[value] rakstiet katru lauku savā rindā zem `{ $key }:` ar atkāpi kā `nosaukums: vērtība` (tekstiem katrā valodā: `{ $key }: {"{"} lv: …, lt: … {"}"}`)
        }
    }
yaml-shape-value = { $place ->
        [item] katrā saraksta `{ $key }` elementā
       *[value] laukā `{ $key }`
    } jābūt vienai vērtībai, nevis { $found ->
        [list] sarakstam
       *[fields] laukiem `nosaukums: vērtība`
    }
    .hint = { $place ->
        [item] rakstiet katru elementu kā vienu vērtību, piemēram, `{ $key }: [a, b]`; ja elementā ir kols, kvadrātiekavas vai figūriekavas, ielieciet to pēdiņās
       *[value] rakstiet vērtību tajā pašā rindā uzreiz aiz `{ $key }: `; ja tajā ir kols, kvadrātiekavas vai figūriekavas, ielieciet to pēdiņās
    }
yaml-shape-file = { $front ->
        [yes] ievaddaļā jābūt laukiem `nosaukums: vērtība`, katram savā rindā
       *[no] šajā failā jābūt laukiem `nosaukums: vērtība`, katram savā rindā
    }, nevis { $found ->
        [list] sarakstam
       *[value] vienai vērtībai
    }
    .hint = izdzēsiet - rindu sākumā un rakstiet katru lauku no kreisās malas kā `nosaukums: vērtība` (lauki aprakstīti README.md)
yaml-shape-file-list = šim failam jāsākas ar `{ $key }:`, zem kura ir saraksts, nevis ar pašu sarakstu
    .hint = pirmajā rindā ierakstiet `{ $key }:` un visas saraksta rindas pārbīdiet par divām atstarpēm pa labi: `{ $key }:`, tad `  - id: …`
yaml-bad-scalar = { $place ->
        [item] katram saraksta `{ $key }` elementam
       *[value] laukā `{ $key }`
    } jābūt { $kind ->
        [whole] veselam skaitlim
        [yes-no] vērtībai true vai false
       *[number] skaitlim
    }, nevis `{ $value }`
    .hint = { $kind ->
        [whole] rakstiet tikai ciparus, piemēram, 10
        [yes-no] rakstiet `{ $key }: true` vai `{ $key }: false`
       *[number] rakstiet ciparus ar punktu, nevis komatu, pirms decimāldaļas, piemēram, 56.6511 (komats sāk nākamo saraksta elementu)
    }
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

## Ziņu un lapu ievaddaļa (front matter)

fm-title-empty = virsraksts ir tukšs
    .hint = ierakstiet virsrakstu aiz `title:`
fm-not-a-date = `{ $value }` nav datums
    .hint = rakstiet datumu formā GGGG-MM-DD, piemēram, 2018-05-16, vai ar laiku: 2018-05-16T10:30
fm-news-needs-date = ziņai vajadzīgs datums
    .hint = pievienojiet rindu, piemēram, `date: 2018-05-16`
fm-summary-empty = kopsavilkums ir tukšs
    .hint = aiz `summary:` uzrakstiet vienu vai divus teikumus
fm-news-needs-summary = ziņai vajadzīgs kopsavilkums
    .hint = pievienojiet rindu, piemēram, `summary: Viens vai divi teikumi par ziņu.`
fm-bad-slug = `{ $value }` nevar lietot kā adreses daļu (slug)
    .hint = lietojiet mazos latīņu burtus bez garumzīmēm, ciparus un defises, piem., projekta-sakums (ne con, nul, com1 vai citu nosaukumu, ko Windows patur ierīcēm)
fm-no-slug-from-title = no šī virsraksta nevar izveidot tīmekļa adresi
    .hint = pievienojiet rindu `slug:` ar mazajiem burtiem, cipariem un defisēm
fm-slug-reserved = no virsraksta izveidotā tīmekļa adrese `{ $slug }` ir nosaukums, ko Windows patur ierīcēm, tāpēc vietni nevarētu pārkopēt uz jebkuru serveri
    .hint = pievienojiet rindu `slug:` ar citu adresi
fm-translation-key-empty = translation_key ir tukšs
    .hint = visās ziņas valodu versijās ierakstiet vienu un to pašu atslēgu vai izdzēsiet rindu
fm-bad-image-address = `{ $value }` nav attēla adrese, ko tilts var izmantot
    .hint = lietojiet vietnes ceļu, piemēram, /images/foto.jpg
fm-foreign-image = attēls `{ $value }` atrodas citā vietnē: katra apmeklētāja pārlūks to ielādētu no turienes, un tā vietne uzzinātu, kas lasa šo lapu
    .hint = iekopējiet attēlu mapē static/ (piemēram, static/images/) un ierakstiet tā ceļu, piemēram, /images/foto.jpg
md-bad-address = `{ $value }` nav adrese, uz kuru lapā var ievietot saiti
    .hint = lietojiet vietnes ceļu (piemēram, /lv/par-projektu/ vai /files/plans.pdf), https:// adresi vai mailto: adresi
md-foreign-poster = video priekšskatījuma attēls `{ $value }` atrodas citā vietnē: tas tiktu ielādēts no turienes, vēl pirms apmeklētājs ir nolēmis skatīties video
    .hint = iekopējiet attēlu mapē static/ (piemēram, static/images/) un ierakstiet tā ceļu, piemēram, poster=/images/video.jpg
fm-image-no-alt = attēlam nav alternatīvā teksta
    .hint = pievienojiet `image_alt:` ar aprakstu, kas attēlā redzams, lasītājiem, kuri to neredz
fm-gallery-no-alt = šim galerijas fotoattēlam nav alternatīvā teksta
    .hint = pievienojiet zem tā `alt:` ar aprakstu, kas fotoattēlā redzams, lasītājiem, kuri to neredz
fm-gallery-bad-folder = `{ $value }` nav mape, ko tilts var izmantot galerijai
    .hint = norādiet mapi zem static/, piemēram, photos/kickoff (bez .. un bez tīmekļa adreses)
fm-gallery-bad-captions = `{ $value }` nav parakstu faila nosaukums, ko tilts var izmantot
    .hint = norādiet failu galerijas mapē, piemēram, captions.lv.yaml
fm-alt-without-image = norādīts image_alt, bet attēla nav
    .hint = pievienojiet `image:` vai izdzēsiet `image_alt:`
fm-menu-on-news = lauks `menu` paredzēts lapām, nevis ziņām
    .hint = izdzēsiet rindu `menu:`; ziņas ir uzskaitītas jaunumu sadaļā

## Pasākumi ievaddaļā

event-bad-zone = `{ $value }` nav laika josla
    .hint = lietojiet Europe/Riga vai Europe/Vilnius
event-bad-time = tas nav datums un laiks
    .hint = rakstiet to formā GGGG-MM-DDTHH:MM, piemēram, 2018-05-16T10:30
event-ends-before-start = pasākums beidzas, pirms tas sākas
    .hint = pārbaudiet beigu laiku
event-location-empty = norises vieta ir tukša
    .hint = norādiet, kur pasākums notiek
event-time-skipped = { DATE($day, case: "locative") } laika joslā { $zone } laika { $time } nav: tad pulksteņus pagriež uz priekšu, tāpēc kalendāros būs redzams { $shown }
    .hint = ierakstiet laiku, kāds tas būs, vai atstājiet, ja tā ir pareizi
event-time-twice = { DATE($day, case: "locative") } laika joslā { $zone } laiks { $time } ir divreiz: tad pulksteņus pagriež atpakaļ, tāpēc kalendāros būs redzams pirmais { $time } ({ $utc } UTC)
    .hint = ierakstiet laiku, kāds tas būs, vai atstājiet, ja tā ir pareizi

## Teksts (Markdown)

md-too-deep = šeit teksts ir ievietots cits citā vairāk nekā { $max ->
        [zero] { $max } līmeņos
        [one] { $max } līmenī
       *[other] { $max } līmeņos
    } (citāti, saraksti, izcēlumi vai HTML)
    .hint = tik dziļi ievietotu tekstu neviens lasītājs nevar izsekot; izdzēsiet liekās > zīmes vai saraksta līmeņus
md-reserved-char = rakstzīmi { $char } izmanto pats tilts (ar to tiek atzīmēta video vieta), tāpēc tekstā tā nevar būt
    .hint = izdzēsiet to; ja tā atnākusi līdzi nokopētam tekstam, šo teksta daļu uzrakstiet vēlreiz

## Faili un to teksts

fm-missing = failam jāsākas ar ievaddaļu (front matter) starp divām rindām `---`
    .hint = sāciet failu ar ---, tad rindas title:, date: un summary:, tad ---
fm-not-closed = ievaddaļa (front matter) nav noslēgta
    .hint = aiz pēdējā ievaddaļas lauka pievienojiet rindu ar ---
not-utf8 = fails nav derīgs UTF-8 teksts
    .hint = saglabājiet failu redaktorā UTF-8 kodējumā (rakstzīme šajā vietā ir citā kodējumā)
control-char = šeit ir neredzamā vadības rakstzīme { $char }; to nevar publicēt
    .hint = izdzēsiet to (tādas rakstzīmes bieži līdzi atnāk tekstam, kas kopēts no PDF vai teksta redaktora) un, ja vajag, uzrakstiet tekstu vēlreiz
control-escape = šeit ir ieraksts { $escape }, kas apzīmē neredzamo vadības rakstzīmi { $char }; to nevar publicēt
    .hint = izdzēsiet to (tādas rakstzīmes bieži līdzi atnāk tekstam, kas kopēts no PDF vai teksta redaktora) un, ja vajag, uzrakstiet tekstu vēlreiz
invisible-char = šeit ir neredzamā rakstzīme { $char }: tā var mainīt secību, kādā tiek parādīts teksts ap to, vai arī tās dēļ vārdi, kas izskatās vienādi, meklēšanā un adresēs var atšķirties
    .hint = izdzēsiet to (tādas rakstzīmes bieži līdzi atnāk tekstam, kas kopēts no tīmekļa lapas, PDF vai tērzēšanas lietotnes) un, ja vajag, uzrakstiet tekstu vēlreiz
folder-links-out = šī mape ir saite uz vietu ārpus vietnes mapes, tāpēc tā netiek lasīta
    .hint = pārvietojiet pašu mapi vietnes mapē
cannot-read = nevar nolasīt: { $detail }
    .hint = pārbaudiet, vai fails vai mape pastāv un vai jums ir tiesības to lasīt
content-symlink = simboliskās saites mapē content/ netiek izmantotas
    .hint = tā vietā iekopējiet failu mapē
file-unknown-language = faila nosaukumā norādīta valoda `{ $code }`, kuras šai vietnei nav
    .hint = nosauciet failu NOSAUKUMS.VALODA.md, kur VALODA ir viena no: { $codes }
file-no-language = faila nosaukumā nav norādīts, kādā valodā tas ir
    .hint = pārdēvējiet to par { $stem }.VALODA.md, kur VALODA ir viena no: { $codes }

## Datu faili: kas ir teksts vai skaitlis

what-project-name = projekta nosaukums
what-programme-name = programmas nosaukums
what-fund-name = fonda nosaukums
what-fund-short = fonda saīsinājums
what-entry = šis ieraksts
what-activity = šī aktivitāte
what-partner-name = partnera `{ $id }` nosaukums
what-partner-type = partnera `{ $id }` veids
what-partner-town = partnera `{ $id }` pilsēta
what-cost-line = šī izmaksu pozīcija
what-item = šis punkts
what-body = atbildīgā iestāde
what-legislation = tiesību akti
what-method = novērtēšanas metode
what-contact-name = kontaktpersonas vai iestādes nosaukums
what-enforcement-body = uzraudzības iestāde
who-project = projekts
who-partner = partneris `{ $id }`
fig-project-erdf = projekta ERAF finansējums
fig-its-total = tā kopsumma
fig-project-total = projekta kopsumma
fig-partner-erdf = partnera `{ $id }` ERAF finansējums
fig-partner-own = partnera `{ $id }` līdzfinansējums
fig-partner-total = partnera `{ $id }` kopsumma
fig-partner-cost-line = partnera `{ $id }` izmaksu pozīcija

## Datu faili: konstatētais

data-missing-language = { $what }: nav teksta { lang-in }
    .hint = pievienojiet rindu `{ $code }: …` ar tekstu { lang-in }
data-not-a-date = `{ $value }` nav datums
    .hint = rakstiet GGGG-MM-DD, piemēram, 2018-03-01
data-not-web-address = `{ $value }` nav http:// vai https:// adrese
    .hint = nokopējiet adresi no pārlūka adreses joslas, piem., https://www.zemgale.lv
data-not-site-path = `{ $value }` nav vietnes faila ceļš
    .hint = ievietojiet failu mapē static/ un ierakstiet tā ceļu, sākot no šīs mapes, piemēram, /images/logos/partneris.png
data-not-email = `{ $value }` nav e-pasta adrese
    .hint = rakstiet to, piemēram, info@example.lv, bez atstarpēm un leņķiekavām
data-no-such-partner = failā content/data/partners.yaml nav partnera `{ $id }`
    .hint = lietojiet id no partners.yaml
project-ends-before-start = projekts beidzas, pirms tas sākas
    .hint = salīdziniet sākuma un beigu datumu ar līgumu
partner-bad-id = partnera id `{ $id }` drīkst saturēt tikai mazos burtus, ciparus un defises
    .hint = rakstiet id, piemēram, auce vai rokiskis-youth; tas ir redzams tīmekļa adresēs
partner-id-twice = partnera id `{ $id }` lietots divreiz
    .hint = katram partnerim vajag savu id
partner-bad-country = `{ $value }` nav divburtu valsts kods
    .hint = lietojiet LV vai LT
partner-bad-coordinates = koordinātām jābūt [platums, garums] grādos
    .hint = rakstiet tās, piemēram, [56.6511, 23.7214]: vispirms platums (Latvijā un Lietuvā ap 54–58), tad garums (21–28)
partner-lead-count = jābūt tieši vienam vadošajam partnerim, bet { $count ->
        [0] nevienam partnerim nav norādīts `role: lead`
        [zero] `role: lead` ir norādīts { $count } partneriem
        [one] `role: lead` ir norādīts { $count } partnerim
       *[other] `role: lead` ir norādīts { $count } partneriem
    }
    .hint = vadošajam partnerim norādiet `role: lead`, pārējiem `role: partner`
statement-no-contact = kontaktinformācijā vajadzīgs e-pasts vai tīmekļa adrese (url)
    .hint = cilvēkiem jābūt iespējai ziņot par piekļūstamības problēmām
statement-no-enforcement = paziņojumā jānorāda uzraudzības procedūra
    .hint = pievienojiet vismaz vienu ierakstu `enforcement:` ar valsts iestādi un tās adresi
budget-bad-rate = `{ $value }` nav likme no 0 līdz 1
    .hint = rakstiet to, piemēram, 0.85
budget-negative = summa { $value } ir mazāka par nulli
    .hint = budžeta skaitļi ir iztērētas vai piešķirtas naudas summas; rakstiet tos bez mīnusa zīmes
budget-part-over-whole = { $what } ir { $part }, vairāk nekā { $of } ({ $whole })
    .hint = daļa nevar būt lielāka par veselo; salīdziniet skaitļus ar līgumu
budget-over-rate = { $who }: ERAF { $erdf } ir vairāk nekā { $rate } × kopsumma { $total } = { $allowed } (starpība { $by }, pielaide { $tolerance })
    .hint = salīdziniet skaitļus ar līgumu; ja tā ir noapaļošana, palieliniet `tolerance`
budget-partner-twice = partnerim `{ $id }` ir divi budžeta ieraksti
    .hint = atstājiet vienu ierakstu katram partnerim un otru izdzēsiet
budget-parts-not-total = partneris `{ $id }`: ERAF { $erdf } + līdzfinansējums { $own } = { $sum }, nevis kopsumma { $total }
    .hint = izlabojiet vienu no trim skaitļiem
budget-lines-over-total = partneris `{ $id }`: izmaksu pozīcijas kopā ir { $lines }, vairāk nekā kopsumma { $total }
    .hint = salīdziniet izmaksu pozīcijas ar partnera budžetu līgumā
budget-partly-given = { $given ->
        [one] norādīts
       *[other] norādīti
    } { $given } no { $count ->
        [one] { $count } partnera budžeta
       *[other] { $count } partneru budžetiem
    }; kopā { $sum } no projekta kopsummas { $total }
    .hint = pievienojiet pārējo partneru budžetus; budžeta lapā ir norādīts, cik no tiem parādīti
budget-sum-not-total = partneru budžeti kopā ir { $sum }, bet projekta kopsumma ir { $total }
    .hint = salīdziniet partneru kopsummas un projekta kopsummu ar līgumu

## Pārbaudes (check) konstatētais izveidotajā vietnē

check-translation-missing = šai ziņai nav versijas { lang-in }
    .hint = pievienojiet to ar `tilts new news` vai kā failu, kura nosaukums beidzas ar .{ $code }.md
check-translation-draft = šai ziņai nav versijas { lang-in }
    .hint = { $draft } vēl ir melnraksts: iztulkojiet to, tad izdzēsiet `draft: true`
check-image-no-alt = attēlam { $url } nav alternatīvā teksta
    .hint = iekavās aprakstiet attēlu: ![kas attēlā redzams](ceļš)
check-link-missing = saite { $url } neved ne uz vienu šīs vietnes lapu vai failu
    .hint = pārbaudiet adresi; vietnes lapas sākas ar { $starts }
check-image-missing = attēla adrese { $url } neved ne uz vienu šīs vietnes failu
    .hint = pārbaudiet adresi; attēli atrodas mapē static/ (static/images/foto.jpg ir /images/foto.jpg)
theme-file-missing = tēma ielādē { $url }, bet vietnē šāda faila nav
    .hint = ielieciet failu tēmas mapē static/ (vai vietnes static/) vai izlabojiet veidni
check-anchor-here = šajā lapā nav #{ $id }
    .hint = lietojiet kāda lapas virsraksta id (virsrakstu id veido no to teksta)
check-anchor-there = saite { $url } norāda uz #{ $id }, bet tās lapā tāda nav
    .hint = lietojiet kāda lapas virsraksta id (virsrakstu id veido no to teksta)
check-other-language = saite { $url } ved uz lapu { $theirs }, bet ir arī lapa { $ours }
    .hint = tā vietā saitē lietojiet { $same }
check-image-not-in-site = attēls { $src } nav šīs vietnes fails
    .hint = ielieciet attēlu mapē static/ (static/images/foto.jpg ir /images/foto.jpg) vai izlabojiet ceļu
check-image-format = attēls { $src } ir formātā, ko ne visi pārlūki rāda
    .hint = saglabājiet to kā JPEG (fotoattēliem) vai PNG (zīmējumiem, logotipiem) un norādiet šeit to failu

## Saskarnes teksti un veidnes

ui-message-missing = trūkst ziņojuma `{ $key }`
    .hint = pievienojiet ziņojumu, lai visās valodās būtu vienas un tās pašas atslēgas
ui-message-missing-fallback = trūkst ziņojuma `{ $key }`; tā vietā rāda tekstu no { $fallback }
    .hint = pievienojiet ziņojumu, lai visās valodās būtu vienas un tās pašas atslēgas
ui-message-unused = ziņojumu `{ $key }` neizmanto neviena veidne
    .hint = izdzēsiet to vai izmantojiet to veidnē ar t(key="…")
page-no-eu-block = lapā /{ $path } nav ES finansējuma bloka
    .hint = ES finansētu projektu vietnēs katrā lapā jābūt ES emblēmai un fonda nosaukumam; saglabājiet bloku ar id="eu-funding" no noklusējuma base.html
programme-logo-missing = programme_logo: vietnē nav faila /{ $logo }
    .hint = ielieciet logotipu mapē static/{ $logo } vai izlabojiet ceļu
favicon-missing = favicon: vietnē nav faila /{ $logo }
    .hint = ielieciet ikonu mapē static/{ $logo }, izlabojiet ceļu vai izdzēsiet favicon:, lai izmantotu ikonu, ko veido tilts

## Lapas, kas sakrīt

key-taken = { $other } jau ir `{ $key }` versija { lang-in }
    .hint = vienam no abiem failiem norādiet citu translation_key
path-taken = adresē /{ $path } tiktu publicētas divas lapas: šis fails un { $other }
    .hint = mainiet virsrakstu vai vienā no tām norādiet citu `slug:`
path-taken-generated = adresē /{ $path } tiktu publicētas divas lapas: šis fails un lapa, ko veido tilts (sk. sadaļu nosaukumus failā content/site.yaml)
    .hint = mainiet virsrakstu vai norādiet citu `slug:`
data-unreadable = nevar nolasīt datu failu: { $detail }
    .hint = katrai vietnei vajadzīgi content/data/project.yaml, partners.yaml, budget.yaml un accessibility.yaml (sk. `tilts init`)

## Būvēšana

build-failed = Vietni neizdevās izveidot: { $errors }, { $warnings }. Nekas netika ierakstīts; { $output } nav mainīts.
build-scheduled = { $count ->
    [one] { $count } ziņa ir datēta vēlāk un vēl nav publicēta
   *[other] { $count } ziņas ir datētas vēlāk un vēl nav publicētas
} (ar --future tiek parādītas arī šādas ziņas); nākamā jāpublicē { DATE($date, case: "locative") } plkst. { $time } ({ $zone }): { $file }
build-expired = { $count ->
    [one] { $count } ierakstam beidzies termiņš, tāpēc tas vairs netiek publicēts (--expired to patur)
   *[other] { $count } ierakstiem beidzies termiņš, tāpēc tie vairs netiek publicēti (--expired tos patur)
}

## Adreses

fm-bad-alias = `{ $value }` nevar būt šīs vietnes adrese
    .hint = rakstiet veco adresi bez vietnes domēna, piemēram, /lv/jaunumi/vecais-nosaukums/, vai tikai tās pēdējo daļu; tikai burti, cipari un - _ .
address-moved = adrese { $old } līdz šim bija vietnē; šis ieraksts tagad ir adresē { $new }, tāpēc saites uz veco adresi vairs nedarbotos
    .hint = pievienojiet šim failam `aliases: ["{ $old }"]` (vecā adrese tad vedīs šurp) vai atjaunojiet iepriekšējo `slug:`
address-gone = adrese { $old } līdz šim bija vietnē, bet tagad tās vairs nav
    .hint = ja ieraksts ir pārvietots, pievienojiet tam `aliases: ["{ $old }"]`; ja tas izdzēsts apzināti, nekas nav jādara
what-date = datums
what-event-times = pasākuma laiks
what-image = attēls
check-translation-differs = { $what } atšķiras no versijas { lang-in }: tur { $theirs }, šeit { $ours }
    .hint = visās valodu versijās tam jābūt vienādam; izlabojiet šo failu vai { $file }
check-page-translation-missing = šai lapai nav versijas { lang-in }
    .hint = pievienojiet to blakus šim failam kā failu, kura nosaukums beidzas ar .{ $code }.md (vai ar `tilts new page`), ar tādu pašu nosaukumu vai translation_key
page-bad-folder = mapi `{ $folder }` nevar izmantot tīmekļa adresē
    .hint = mapēm content/pages/ dodiet nosaukumus, kuros ir tikai mazie latīņu burti bez garumzīmēm, cipari un defises, piem., projekts

## Tēmas (tags.yaml)

what-tag-name = tēmas `{ $id }` nosaukums
tag-id-twice = tēmas id `{ $id }` lietots divreiz
    .hint = katrai tēmai vajag savu id
tag-bad-slug = tēmas `{ $id }` adresē `{ $slug }` ir rakstzīmes, kādas tīmekļa adresē nevar būt
    .hint = katrā valodā norādiet tēmai `slug:`, kurā ir tikai mazie latīņu burti bez garumzīmēm, cipari un defises
tag-slug-twice = tēmas `{ $other }` un `{ $id }` abas būtu adresē `{ $slug }`
    .hint = šajā valodā dodiet vienai no tām citu nosaukumu vai `slug:`
tag-unknown = `{ $id }` nav tēma no content/data/tags.yaml; šajā tēmā ieraksts netiek rādīts
    .hint = salīdziniet rakstību ar id failā tags.yaml vai pievienojiet tēmu tur ar nosaukumu katrā valodā
check-page-translation-draft = šai lapai nav versijas { lang-in }
    .hint = { $draft } vēl ir melnraksts: iztulkojiet to, tad izdzēsiet `draft: true`

## Korektūra (tilts check)

proof-no-dictionary = nav atrasta { lang-of } pareizrakstības vārdnīca, tāpēc failu { lang-in } pareizrakstība netiek pārbaudīta
    .hint = instalējiet to (Debian, Ubuntu: sudo apt-get install hunspell-{ $code }) vai norādiet to failā content/site.yaml, proofing: dictionaries: { $code }: CEĻŠ (bez .aff vai .dic)
proof-dictionary-unreadable = pareizrakstības vārdnīcu { $path } nevar nolasīt: { $detail }
    .hint = proofing: dictionaries: katru vārdnīcu norāda bez faila paplašinājuma; jābūt gan CEĻŠ.aff, gan CEĻŠ.dic
proof-unknown-word = nezināms vārds „{ $word }“
    .hint = izlabojiet to vai, ja tas ir pareizs, pievienojiet to failā content/data/words.yaml zem { $code }: (tilts check --add-words pievieno visus nezināmos vārdus pārskatīšanai)
proof-unknown-word-suggest = nezināms vārds „{ $word }“; varbūt domājāt { $suggestions }?
    .hint = izlabojiet to vai, ja tas ir pareizs, pievienojiet to failā content/data/words.yaml zem { $code }: (tilts check --add-words pievieno visus nezināmos vārdus pārskatīšanai)
proof-wrong-language = šī rindkopa, šķiet, ir { $found }, nevis { $expected }
    .hint = iztulkojiet to vai pārceliet uz tās valodas failu; tās pareizrakstība netiek pārbaudīta
words-unknown-language = words.yaml ir vārdi ar valodas kodu „{ $code }“, bet šādas valodas vietnē nav
    .hint = izmantojiet valodas kodu no content/site.yaml vai all: vārdiem visās valodās
typo-straight-quotes = taisnas pēdiņas "…" tekstā { lang-in }
    .hint = rakstiet { $open }…{ $close } (tilts check --fix-typography to izdara, ja pēdiņas ir pa pāriem)
typo-foreign-quote = pēdiņu { $mark } šeit { lang-within } neliek
    .hint = { lang-within } pēdiņas ir { $open }…{ $close } (tilts check --fix-typography to nomaina)
typo-nbsp = parasta atstarpe starp { $number } un { $unit }
    .hint = lietojiet nedalāmo atstarpi, lai skaitlis un { $unit } paliktu vienā rindā (tilts check --fix-typography to ieliek)
typo-no-space = nav atstarpes starp { $number } un { $unit }
    .hint = { lang-within } starp skaitli un { $unit } liek nedalāmo atstarpi (tilts check --fix-typography to ieliek)
typo-space-not-wanted = atstarpe starp { $number } un { $unit }
    .hint = { lang-within } { $unit } raksta tūlīt aiz skaitļa (tilts check --fix-typography atstarpi izņem)
typo-range-hyphen = defise intervālā { $text }
    .hint = intervālā liek domuzīmi, – (tilts check --fix-typography to nomaina)
typo-double-space = divas atstarpes pēc kārtas
    .hint = pietiek ar vienu (tilts check --fix-typography otru izņem)
typo-double-punctuation = dubulta pieturzīme „{ $text }“
    .hint = atstājiet vienu zīmi (trīs punkti veido daudzpunkti: …)
typo-numeric-date = datums { $text } ir rakstīts cipariem
    .hint = vietnē datumus raksta vārdiem: { $long }
check-added-words = Failam { $file } { $count ->
    [one] pievienots { $count } vārds
   *[other] pievienoti { $count } vārdi
}; pārskatiet sarakstu: kļūdaini uzrakstīts vārds tur tiks pieņemts visur.
check-fixed-file = { $file }: { $count ->
    [one] izlabota { $count } vieta
   *[other] izlabotas { $count } vietas
}; oriģināls saglabāts kā { $backup }
check-fix-skipped = { $file } mainījās pārbaudes laikā un palika, kāds bija; palaidiet tilts check --fix-typography vēlreiz
check-fixed-none = Tipogrāfijā nav ko labot.

## Fotoattēli

media-unsupported = šis fails nav JPEG, PNG vai WebP attēls, lai gan pēc nosaukuma tā šķiet
    .hint = saglabājiet fotoattēlu kā JPEG (fotoattēliem) vai PNG (zīmējumiem, logotipiem) un ielieciet to šeit vēlreiz
media-corrupt = šo attēlu nevar nolasīt: { $detail }
    .hint = fails ir bojāts vai nav nokopēts pilnībā; eksportējiet to vēlreiz no kameras vai redaktora
media-too-large = šis attēls ir { $width } × { $height ->
        [zero] { $height } pikseļu
        [one] { $height } pikselis
       *[other] { $height } pikseļi
    }, vairāk nekā { $megapixels ->
        [zero] { $megapixels } megapikseļu
        [one] { $megapixels } megapikselis
       *[other] { $megapixels } megapikseļi
    }
    .hint = samaziniet to (tīmeklim pietiek ar 2400 pikseļu platumu) un saglabājiet vēlreiz
media-cut-short = šis attēls ir nepilns: fails beidzas agrāk nekā attēls
    .hint = fails nav nokopēts pilnībā; nokopējiet vai eksportējiet to vēlreiz no kameras vai redaktora
media-too-little-data = šajā attēlā norādīts, ka tas ir { $width } × { $height ->
        [one] { $height } pikseļa
       *[other] { $height } pikseļu
    } izmērā, bet failā tam ir daudz par maz datu: lielākā daļa attēla būtu pelēka
    .hint = fails ir bojāts vai nav nokopēts pilnībā; eksportējiet to vēlreiz no kameras vai redaktora
media-format-unreadable = tilts nevar nolasīt { $format } attēlus, tāpēc nevar izdzēst no šī attēla to, ko tajā ierakstījusi kamera (piemēram, kur fotoattēls uzņemts)
    .hint = atveriet to un saglabājiet kā JPEG (fotoattēliem) vai PNG (zīmējumiem, logotipiem), tad ielieciet jauno failu šī faila vietā
media-left-out = { $problem }; neviena lapa to nerāda, tāpēc tas vietnē netiek publicēts
    .hint = izdzēsiet to vai, ja tas jārāda kādā lapā, saglabājiet to vēlreiz kā JPEG (fotoattēliem) vai PNG (zīmējumiem, logotipiem) no kameras vai redaktora
media-same-name = šis fotoattēls un { $other } abi tiktu publicēti kā { $file }
    .hint = pārdēvējiet vienu no tiem (no fotoattēliem ar vienādu nosaukumu, bet atšķirīgu faila paplašinājumu tiek veidotas vienādas mazākas kopijas)
media-document-large = šis dokuments ir { $megabytes } MB, vairāk nekā { $limit } MB
    .hint = lasītāji ar mobilajiem datiem maksā par katru megabaitu: samaziniet to (PDF ekrānam, fotoattēli mazākā izšķirtspējā) vai palieliniet max_document_mb failā content/site.yaml
gallery-no-photos = galerijas mapē { $folder } nav fotoattēlu
    .hint = ielieciet galerijas JPEG, PNG vai WebP fotoattēlus mapē { $folder } vai izlabojiet mapes nosaukumu aiz gallery:
gallery-no-captions = galerijai mapē { $folder } nav parakstu faila
    .hint = izveidojiet šajā mapē failu { $file } ar katra fotoattēla nosaukumu un to, kas tajā redzams, piemēram, `foto-1.jpg: {"{"} alt: Partneri pie galda {"}"}`
gallery-photo-undescribed = galerijas fotoattēlam { $photo } failā { $captions } nav apraksta
    .hint = pievienojiet failam { $captions } `{ $photo }:` ar `alt:` (kas fotoattēlā redzams) vai izņemiet fotoattēlu no mapes
gallery-caption-no-photo = galerijas mapē { $folder } nav fotoattēla { $photo }
    .hint = pārbaudiet nosaukumu (tā burtiem un faila paplašinājumam jāsakrīt ar failu precīzi) vai izdzēsiet šo ierakstu
config-base-url-scheme = base_url `{ $url }` jāsākas ar https:// vai http://
    .hint = ierakstiet vietnes pilno adresi, piemēram, https://www.example.lv/projekts/
config-base-url-bad = base_url `{ $url }` nav vienkārša vietnes adrese: { $why }
    .hint = ierakstiet tikai vietnes adresi, piemēram, https://www.example.lv/projekts/ — tā tiek ierakstīta katrā lapā, ziņu plūsmās un vietnes kartē
config-base-url-user = tajā ir lietotājvārds vai parole (pirms @), kas tiktu publicēta katrā lapā
config-base-url-host = servera nosaukumā drīkst būt tikai burti, cipari, punkti un defises
config-base-url-port = portam aiz kola jābūt skaitlim no 1 līdz 65535
config-base-url-path = daļā aiz servera nosaukuma nedrīkst būt atstarpes, pēdiņas, ; $ ? # vai .. (burti, cipari un - _ . ~ / + , = @ ! ( ) * : der)
fm-translation-key-bad = translation_key `{ $value }` drīkst būt tikai burti, cipari, defises, apakšsvītras, punkti un slīpsvītras (bez atstarpēm, rindu pārnesumiem vai citām zīmēm)
    .hint = visās ziņas valodu versijās ierakstiet vienu un to pašu īso atslēgu, piemēram, translation_key: kickoff-2018
fm-file-name-bad = faila nosaukumā `{ $name }` ir rindas pārnesums, tabulācija vai cita vadības rakstzīme
    .hint = pārdēvējiet failu, lietojot tikai burtus, ciparus un defises, piemēram, 2018-05-16-sakums.lv.md, un tāpat pārdēvējiet tā citu valodu versijas
check-raw-image-no-alt = attēlam { $url } HTML kodā nav alternatīvā teksta
    .hint = pievienojiet tā <img> tagam alt="kas attēlā redzams" (alt="" tikai attēlam, kas ir vienīgi rotājums)
md-table-empty-header = vienai šīs tabulas kolonnai nav virsraksta
    .hint = tabulas pirmajā rindā ierakstiet virsrakstu katrai kolonnai: ekrāna lasītājs to nolasa pirms katras kolonnas vērtības

## Programme periods and Article 50 (#27)
project-no-period = failā project.yaml nav norādīts, kura plānošanas perioda ES noteikumi attiecas uz projektu
    .hint = pievienojiet `period: 2021-2027` pašreizējā perioda projektam vai `period: 2014-2020` projektam, kas finansēts 2014.–2020. gada plānošanas periodā
project-unknown-period = `{ $value }` nav plānošanas periods, kura ES noteikumus tilts zina
    .hint = ierakstiet vienu no šiem: { $known }
project-period-years = projekts sākas { $year }. gadā, ārpus plānošanas perioda `{ $period }`
    .hint = pārbaudiet `period:`: 2014.–2020. gada programmu projektiem raksta `period: 2014-2020`
op-no-description = failā project.yaml nav `description:` – projekta īsā apraksta, ko prasa Regulas (ES) 2021/1060 50. pants
    .hint = pievienojiet `description:` ar dažiem teikumiem katrā valodā – zem `lv:`, `lt:` un `en:`
op-no-aims = laukā `aims:` nav norādīts neviens projekta mērķis
    .hint = uzskaitiet projekta mērķus katrā valodā
op-no-results = failā project.yaml nav `results:` – projekta rezultātu, ko prasa 50. pants
    .hint = pievienojiet `results:` ar `expected:` (ko projekts plāno sasniegt) un `achieved:` (kas jau sasniegts; kamēr nekā nav, rakstiet `achieved: []`)
op-no-expected-results = laukā `results:` nav neviena plānotā rezultāta (`expected:`)
    .hint = uzskaitiet zem `expected:`, ko projekts plāno sasniegt, katrā valodā
op-no-achieved-results = laukā `results:` nav `achieved:`
    .hint = uzskaitiet līdz šim sasniegtos rezultātus vai rakstiet `achieved: []`, kamēr to vēl nav
# After a number, lv takes the genitive plural in the CLDR "zero" category
# (10–20, 30, 100, 1 000 …): "1500 rakstzīmju".
op-no-english-summary = laukā `description:` nav kopsavilkuma angļu valodā (`en:`)
    .hint = programma publicē katra projekta kopsavilkumu angļu valodā; ierakstiet to zem `description:` kā `en:` (ne garāku par { $limit } { $limit ->
        [zero] rakstzīmēm
        [one] rakstzīmi
       *[other] rakstzīmēm
    })
op-summary-too-long = kopsavilkumā angļu valodā ir { $length } { $length ->
        [zero] rakstzīmju
        [one] rakstzīme
       *[other] rakstzīmes
    }, bet programma pieņem ne vairāk kā { $limit }
    .hint = saīsiniet to vai, ja programma atļauj garāku, norādiet `summary_limit:` failā project.yaml
logo-flag-outside-period = `includes_eu_statement` attiecas uz 2021.–2027. gada programmu logotipiem; pēc perioda `{ $period }` noteikumiem ES emblēmu rāda atsevišķi
    .hint = izdzēsiet `includes_eu_statement`
logo-no-alt = programmas logotipā ir ES emblēma un uzraksts, tāpēc tam vajadzīgs `alt:` teksts katrā valodā
    .hint = uzrakstiet, kas logotipā rakstīts, piemēram, `alt: { "{" } lv: "Interreg Latvija–Lietuva. Līdzfinansē Eiropas Savienība", … { "}" }`
project-logo-missing = programme_logo: vietnē nav faila /{ $logo }
    .hint = ielieciet failu mapē static/ (vai tēmas static/) vai izlabojiet `src:`
indicator-no-unit = rādītāja “{ $name }” laukā `unit:` nav formu valodai `{ $code }`
    .hint = ierakstiet mērvienību katrā skaitļa formā zem `{ $code }:`, piemēram, `{ $code }: { "{" } { $example } { "}" }`
indicator-unit-forms = rādītājam “{ $name }” mērvienībai zem `{ $code }:` { $count ->
        [one] trūkst formas
       *[other] trūkst formu
    } { $missing }
    .hint = šajā valodā skaitļi prasa formas { $all } (pēc CLDR), piemēram, `{ $code }: { "{" } { $example } { "}" }`
indicator-no-target = rādītāja “{ $name }” mērķa vērtībai jābūt lielākai par 0
    .hint = ierakstiet mērķa vērtību no projekta pieteikuma
indicator-above-target = rādītāja “{ $name }” sasniegtā vērtība { $achieved } ir lielāka par mērķa vērtību { $target }
    .hint = pārbaudiet skaitli; ja projekts tiešām pārsniedza mērķi, pievienojiet `exceeded: true`
indicator-not-exceeded = rādītājam “{ $name }” ir `exceeded: true`, bet sasniegtā vērtība nav lielāka par mērķi
    .hint = izdzēsiet `exceeded: true` vai izlabojiet sasniegto vērtību
indicator-date-outside = rādītāja “{ $name }” datums { $date } ir ārpus projekta īstenošanas laika ({ $start } – { $end })
    .hint = ierakstiet datumu, kad vērtība izmērīta, projekta īstenošanas laikā
page-eu-words-missing = ES blokā lapā /{ $path } nav vārdu “{ $words }”
    .hint = perioda `{ $period }` projekti šos vārdus raksta blakus ES emblēmai lapas valodā; saglabājiet noklusējuma tēmas components.html `eu_block`
page-eu-emblem-size-undeclared = ES emblēmai lapā /{ $path } nav norādīts platums un augstums
    .hint = norādiet emblēmas <img> platumu un augstumu, lai tās izmēru varētu salīdzināt ar citiem logotipiem
page-logo-size-undeclared = logotipam { $logo } lapā /{ $path } nav norādīts platums un augstums
    .hint = norādiet tā platumu un augstumu (programmas logotipam – `width:` un `height:` zem `programme_logo:` failā project.yaml), lai to varētu salīdzināt ar ES emblēmu
page-logo-larger-than-emblem = logotips { $logo } lapā /{ $path } ir lielāks ({ $size }) par ES emblēmu ({ $emblem })
    .hint = 2021.–2027. gada noteikumi prasa, lai ES emblēma būtu vismaz tikpat liela kā lielākais no pārējiem logotipiem – augstumā vai platumā; samaziniet logotipu (`width:` un `height:` zem `programme_logo:` failā project.yaml)
what-description = projekta apraksts
what-logo-alt = programmas logotipa teksts
what-indicator-name = rādītāja nosaukums
init-period-chosen = Projektam piemēroti pašreizējā plānošanas perioda `{ $period }` ES noteikumi. Ja projekts ir finansēts 2014.–2020. gada plānošanas periodā, ierakstiet failā content/data/project.yaml `period: 2014-2020` (vai izveidojiet vietni ar `tilts init --period 2014-2020`).
init-period-given = Projektam piemēroti plānošanas perioda `{ $period }` ES noteikumi, kā norādīts laukā `period:` failā content/data/project.yaml.

## Places (#32 item 4)

yaml-tab-after-key = aiz `{ $key }:` ir tabulācijas zīme, ko YAML šeit nevar nolasīt
    .hint = aizstājiet tabulāciju ar atstarpi; saraksts vai lauki, kas pieder pie `{ $key }`, rakstāmi nākamajās rindās ar atkāpi no atstarpēm
yaml-tab-here = šeit ir tabulācijas zīme, ko YAML šajā vietā nevar nolasīt
    .hint = aizstājiet tabulāciju ar atstarpēm
tag-not-checked = jaunumu tēmas netiek pārbaudītas: datu failos mapē content/data/ ir kļūdas
    .hint = vispirms izlabojiet kļūdas, kas norādītas content/data/ failos; tad tēmas tiks pārbaudītas pret tags.yaml

## CLI, serve and new files (#32 item 1)

label-note = piezīme
cli-about = Divvalodu statiskas vietnes ES finansētiem pārrobežu projektiem
cli-about-build = Uzbūvēt vietni izvades mapē
cli-about-check = Pārbaudīt vietni, neko neierakstot
cli-about-init = Izveidot jaunu divvalodu sākuma vietni jaunā mapē
cli-about-serve = Rādīt vietni šajā datorā, pārbūvēt to pēc katras izmaiņas un pārlādēt pārlūku
cli-about-new = Izveidot jaunu saturu visās valodās uzreiz
cli-about-new-news = Ziņa: pa failam katrā vietnes valodā, pārējie atzīmēti kā netulkoti melnraksti
cli-about-new-page = Lapa: pa failam katrā vietnes valodā mapē content/pages/, pārējie atzīmēti kā netulkoti melnraksti
cli-about-theme = Darbs ar noformējumu
cli-about-theme-eject = Ierakstīt iebūvēto noformējumu mapē themes/default/, lai to labotu (tur jau esošie faili paliek)
cli-arg-news-title = Virsraksts valodā, kas norādīta ar --lang
cli-arg-page-title = Lapas nosaukums valodā, kas norādīta ar --lang
cli-arg-news-date = Ziņas datums (pēc noklusējuma: šodiena)
cli-arg-check-strict = Uzskatīt brīdinājumus par kļūdām (izejas kods 2, ja ir tikai brīdinājumi)
cli-arg-messages = tilts ziņojumu valoda: lv, lt vai en (pēc noklusējuma: no LC_ALL, LC_MESSAGES vai LANG)
cli-arg-root = Vietnes mape (ar content/, i18n/, themes/)
cli-arg-drafts = Iekļaut ziņas un lapas, kas atzīmētas ar `draft: true`
cli-arg-safe = Izņemt no Markdown teksta HTML kodu ar attīrītāju
cli-arg-future = Iekļaut ziņas ar nākotnes datumu, atzīmētas kā ieplānotas (serve tās rāda vienmēr)
cli-arg-expired = Iekļaut ziņas, kuru `expires:` laiks ir pagājis
cli-arg-port = Ports, kurā klausīties (0: jebkurš brīvs ports)
cli-arg-bind = Adrese, kurā klausīties; citi datori var piekļūt jebkurai, izņemot 127.0.0.1
cli-arg-open = Atvērt vietni noklusējuma pārlūkā
cli-arg-poll = Meklēt izmaiņas pašam (tīkla un konteineru failu sistēmām bez notikumiem)
cli-arg-idle-timeout = Aizvērt savienojumu pēc tik sekundēm bez neviena baita ne vienā, ne otrā virzienā
cli-arg-output = Kur ierakstīt vietni (pēc noklusējuma: vietnes mapes public/)
cli-arg-base-url = Lietot šo adresi, nevis base_url no content/site.yaml
cli-arg-strict = Uzskatīt brīdinājumus par kļūdām
cli-arg-force = Aizstāt izvades mapi arī tad, ja to nav izveidojis tilts
cli-arg-quiet = Rādīt tikai problēmas
cli-arg-verbose = Rādīt arī, kas uzbūvēts un cik ilgi ilga katrs solis
cli-arg-add-words = Pievienot šīs pārbaudes nezināmos vārdus failam content/data/words.yaml (katrai valodai aiz tur esošajiem vārdiem) pārskatīšanai
cli-arg-fix-typography = Izdarīt drošos tipogrāfijas labojumus tieši failos (nedalāmās atstarpes, domuzīmes, pēdiņas, dubultās atstarpes); katra faila oriģināls paliek kā FAILS.bak
cli-arg-no-proofing = Izlaist korektūru (pareizrakstību, tipogrāfiju, valodu)
cli-arg-dir = Mape, ko izveidot (tai jābūt tukšai vai neesošai)
cli-arg-period = Plānošanas periods, kura ES noteikumi attiecas uz projektu: 2021-2027 (pēc noklusējuma) vai 2014-2020
cli-arg-folder = Mape zem content/pages/ (adrese kļūst /VALODA/MAPE/SLUG/)
cli-arg-lang = Valoda, kurā rakstīts virsraksts (pēc noklusējuma: vietnes noklusējuma valoda)
cli-arg-help = Parādīt šo palīdzību
cli-arg-version = Parādīt versiju
cli-value-language = VALODA
cli-value-folder = MAPE
cli-value-period = PERIODS
cli-value-title = VIRSRAKSTS
cli-value-date = DATUMS
cli-value-port = PORTS
cli-value-address = ADRESE
cli-value-seconds = SEKUNDES
cli-value-command = KOMANDA
cli-value-options = IESPĒJAS
cli-usage = Lietošana
cli-commands = Komandas
cli-arguments = Argumenti
cli-options = Iespējas
cli-with-default = { $help } (pēc noklusējuma: { $default })
cli-caused-by = iemesls: { $cause }
cli-created = Izveidots { $file }
cli-eject-kept = Nemainīti atstāti jau esoši faili: { $count }.
cli-eject-done = Labojiet failus mapē themes/default/; katrs no tiem aizstāj tāda paša nosaukuma iebūvēto failu.
cli-init-done = Jauna vietne izveidota mapē { $dir }. Uzbūvējiet to ar: tilts build --root { $dir }
cli-serve-no-site = mapē { $dir } nav faila content/site.yaml; palaidiet tilts serve vietnes mapē vai izveidojiet vietni ar tilts init MAPE
cli-build-done = { $count ->
    [one] Uzbūvēta { $count } lapa
   *[other] Uzbūvētas { $count } lapas
} ({ $languages }) mapē { $output } { $seconds } s laikā
cli-build-done-warnings = { $count ->
    [one] Uzbūvēta { $count } lapa
   *[other] Uzbūvētas { $count } lapas
} ({ $languages }) mapē { $output } { $seconds } s laikā; { $warnings }
cli-build-rendered = No jauna veidotas lapas: { $rendered }, atkārtoti izmantotas: { $reused }; ierakstīti faili: { $files }
cli-build-progress = Veido lapas: { $done }/{ $total }
new-bad-date = `{ $value }` nav datums; rakstiet to kā GGGG-MM-DD
new-bad-folder = `{ $folder }` nevar būt tīmekļa adreses daļa; lietojiet mazos latīņu burtus bez garumzīmēm, ciparus un defises
new-unknown-language = `{ $code }` nav šīs vietnes valoda ({ $codes })
new-title-no-letters = virsrakstā jābūt vismaz vienam burtam vai ciparam
new-exists = { $file } jau ir; nekas netika ierakstīts
new-cannot-create = nevar izveidot { $file }: { $detail }
new-cannot-write = nevar ierakstīt { $file }: { $detail }
new-comment-slug = Tīmekļa adrese; tā paliek, arī ja virsrakstu labo:
new-comment-summary = Viens vai divi teikumi sarakstiem un priekšskatījumiem:
new-comment-menu = Vieta galvenajā izvēlnē (1 pirmā) un īsāks nosaukums tajā:
new-comment-untranslated = Netulkots: iztulkojiet virsrakstu, kopsavilkumu, slug un tekstu no { lang-of }, tad izdzēsiet `draft: true`.
init-cannot-read = nevar nolasīt { $dir }: { $detail }
init-not-empty = mape { $dir } nav tukša; izvēlieties vietnei jaunu mapi
init-unknown-period = `{ $value }` nav plānošanas periods, kura ES noteikumus tilts zina; izvēlieties vienu no šiem: { $known }
init-comment-accessibility = Atbilst Komisijas Īstenošanas lēmuma (ES) 2018/1523 paraugam.
init-comment-period-2021 = Projektam piemēro 2021.–2027. gada plānošanas perioda ES noteikumus (Regula (ES) 2021/1060). Ja projekts ir no 2014.–2020. gada perioda, rakstiet `period: 2014-2020`.
init-comment-period-2014 = Projektam piemēro 2014.–2020. gada plānošanas perioda ES noteikumus. Ja projekts ir no 2021.–2027. gada perioda, rakstiet `period: 2021-2027`.
init-comment-fill-in = Jāaizpilda: Regulas (ES) 2021/1060 50. pants prasa, lai projekta tīmekļa vietnē būtu īss apraksts, mērķi un rezultāti; `tilts check` atgādina par katru no tiem, kamēr tas nav aizpildīts. Izdzēsiet `# ` katras tālāk esošās rindas sākumā un ierakstiet savu tekstu:
serve-reachable = rādot vietni adresē { $bind }, melnraksta vietne ir pieejama citiem datoriem; pēc noklusējuma tā ir 127.0.0.1
serve-serving = Vietne { $dir } ir redzama adresē { $url } (Ctrl+C aptur)
serve-cannot-listen = nevar klausīties adresē { $address }
serve-built = Uzbūvēts { $ms } ms laikā; no jauna veidotas lapas: { $rendered }, nemainītas: { $reused }
serve-built-early = { $built } (lapas redzamas pēc { $ms } ms)
serve-build-failed = Neizdevās uzbūvēt; joprojām redzama pēdējā labā versija.
serve-port-busy = ports { $port } adresē { $bind } jau ir aizņemts (cits tilts serve vai cita programma); mēģiniet --port { $free } (tagad brīvs) vai --port 0, lai tilts pats izvēlētos brīvu portu
serve-port-busy-none = ports { $port } adresē { $bind } jau ir aizņemts (cits tilts serve vai cita programma); mēģiniet --port 0, lai tilts pats izvēlētos brīvu portu
serve-no-browser = pārlūku neizdevās atvērt; atveriet { $url }
serve-overlay-title = Pēdējo izmaiņu neizdevās uzbūvēt. Lapā redzama pēdējā labā versija.
serve-overlay-close = Aizvērt
serve-not-found = Nav atrasts
serve-bad-request = Nepareizs pieprasījums
serve-failed-title = Neizdevās uzbūvēt
serve-failed-heading = Vietni vēl neizdevās uzbūvēt
serve-failed-text = Problēmas ir uzskaitītas šeit un terminālī.
serve-wrong-host = tilts serve atbild tikai adresēm localhost, 127.0.0.1, [::1] vai adresei, kurā tas klausās ({ $bind }), nevis { $host }.
site-folder-unopened = vietnes mapi { $dir } nevar atvērt: { $detail }; norādiet mapi ar content/site.yaml ar --root vai palaidiet tilts tajā
site-folder-is-file = vietnes mape { $dir } ir fails, nevis mape; norādiet mapi ar content/site.yaml ar --root
file-cannot-write = nevar ierakstīt { $file }
file-cannot-create = nevar izveidot { $file }
serve-stopped = tīmekļa serveris apstājās
cli-bad-language = tilts runā latviski (lv), lietuviski (lt) un angliski (en), ne `{ $value }`
cli-phase-read = lasīšana
cli-phase-assemble = salikšana
cli-phase-checks = pārbaudes
cli-phase-photos = fotoattēli
cli-phase-render = lapas
cli-phase-publish = plūsmas, lapu karte, meklēšana
cli-phase-static = statiskie faili
config-language-twice = valoda `{ $code }` norādīta divreiz
    .hint = sadaļā languages: atstājiet katrai valodai vienu ierakstu
config-no-languages = nav norādīta neviena valoda
    .hint = uzskaitiet vietnes valodas sadaļā languages: (skat. README.md)
config-default-language-unknown = default_language `{ $value }` nav neviena no norādītajām valodām
    .hint = lietojiet vienu no šīm: { $codes }
config-language-code-bad = valodas kods `{ $code }` nav divu vai trīs burtu kods
    .hint = lietojiet ISO 639 kodus, piemēram, lv, lt, en
config-locale-bad = `{ $value }` nav lokalizācijas kods
    .hint = lietojiet CLDR kodu, piemēram, lv-LV vai lt-LT
config-section-bad = sadaļas nosaukumu `{ $value }` nevar lietot tīmekļa adresē
    .hint = lietojiet mazos latīņu burtus bez garumzīmēm, ciparus un defises, piem., jaunumi (ne con, nul, com1 vai citu nosaukumu, ko Windows patur ierīcēm)
config-unreadable = vietnes konfigurāciju nevar nolasīt: { $detail }
    .hint = vai šī ir vietnes mape? `tilts init MAPE` izveido jaunu vietni
config-theme-name-bad = noformējuma nosaukumam `{ $value }` jābūt vienkāršam mapes nosaukumam
    .hint = ierakstiet mapes nosaukumu no themes/ vai izdzēsiet rindu, lai lietotu iebūvēto noformējumu
config-news-per-page-zero = news_per_page jābūt vismaz 1
    .hint = ierakstiet, cik ziņu rāda viena saraksta lapa, piem., news_per_page: 10
config-photo-widths-bad = photo_widths jāuzskaita platumi no 16 līdz 4000 pikseļiem
    .hint = piemēram, photo_widths: [360, 720, 1080, 1600]
config-site-file-bad = { $key } `{ $value }` jābūt ceļam, piemēram, /images/logo.png
    .hint = ielieciet failu mapē static/ un ierakstiet tā ceļu no turienes
config-timezone-bad = `{ $value }` nav laika josla
    .hint = lietojiet IANA nosaukumu, piemēram, Europe/Riga vai Europe/Vilnius
config-quotes-bad = quotes jānorāda tieši divas zīmes: sākuma un beigu pēdiņa
    .hint = rakstiet tās kā quotes: ["«", "»"] vai izdzēsiet rindu, lai lietotu valodas ierastās
file-cannot-replace = nevar aizstāt { $file }
folder-cannot-create = nevar izveidot mapi { $file }
file-cannot-move = nevar pārvietot { $file } uz { $to }
file-cannot-remove = nevar izdzēst { $file }
file-cannot-read = nevar nolasīt { $file }
output-is-site = izvades mape { $output } ir vietnes mape { $root }; būvējot izvades mape tiek aizstāta visa, tāpēc tiktu izdzēsti vietnes avota faili. Izvēlieties atsevišķu mapi, piemēram, { $suggestion }
output-contains-site = izvades mapē { $output } atrodas vietnes mape { $root }; būvējot izvades mape tiek aizstāta visa, tāpēc tiktu izdzēsti vietnes avota faili. Izvēlieties atsevišķu mapi, piemēram, { $suggestion }
output-in-sources = izvades mape { $output } atrodas vietnes mapes { $root } apakšmapē { $folder }/; būvējot izvades mape tiek aizstāta visa, tāpēc tiktu izdzēsti vietnes avota faili. Izvēlieties atsevišķu mapi, piemēram, { $suggestion }
output-in-repository = izvades mape { $output } atrodas vietnes mapes { $root } repozitorija mapē { $git }; būvējot izvades mape tiek aizstāta visa, tāpēc tiktu izdzēsti vietnes avota faili. Izvēlieties atsevišķu mapi, piemēram, { $suggestion }
output-link-broken = izvade { $output } ir saite uz vietu, ko nevar atvērt; izveidojiet tās mērķi vai izdzēsiet saiti
output-link-loop = izvade { $output } iet caur pārāk daudz saitēm (saišu cilpa?); norādiet mapi bez tām
output-link-unreadable = saiti { $link } nevar nolasīt: { $detail }
output-is-file = izvade { $output } ir fails, nevis mape
output-not-ours = { $output } nav tukša un to nav izveidojis tilts; izvēlieties citu --output mapi vai norādiet --force, lai to aizstātu
output-no-staging = nevar izveidot pagaidu mapi mapē { $folder }
output-lock-unopened = nevar atvērt slēdzenes failu { $file }
output-waiting = Cits tilts būvējums raksta mapē { $output }; gaida, līdz tas beidzas…
output-cannot-lock = nevar aizslēgt { $file }
output-not-found = nevar atrast izvades mapi { $file }
output-not-written = vietni neizdevās ierakstīt: { $detail }; nekas netika publicēts, un { $output } nav mainīts
proof-cannot-keep-original = nevar saglabāt oriģinālu kā { $file }
words-not-utf8 = { $file } nav UTF-8 teksts
words-comment = Vārdi, ko pareizrakstības pārbaude pieņem, pa valodām (`all`: visās valodās). `Vārds*` pieņem jebkuru galotni. Skat. README.md.
output-marker = Šo mapi raksta tilts build; tā tiek aizstāta katrā būvējumā.
output-two-files = uz { $path } tiktu ierakstīti divi faili
output-cannot-copy = nevar nokopēt { $file } uz { $to }: { $detail }
output-unsafe-path = `{ $path }` nav drošs izvades ceļš
file-cannot-read-because = nevar nolasīt { $file }: { $detail }
size-more-than = vairāk nekā { $size }
cli-error-hint = tilts --help (vai tilts KOMANDA --help) parāda, ko var norādīt
cli-error-unknown-argument = { $arg } nav šīs komandas iespēja
cli-error-unknown-command = { $command } nav tilts komanda
cli-error-missing = jānorāda { $arg }
cli-error-missing-command = jānorāda komanda (build, check, init, serve, new vai theme)
cli-error-conflict = { $arg } nevar norādīt kopā ar { $other }
cli-error-value = `{ $value }` nav vērtība, ko var norādīt { $arg }
cli-error-value-why = `{ $value }` nav vērtība, ko var norādīt { $arg }: { $why }
cli-error-other = komandrindu nevar nolasīt ({ $detail })
theme-not-found = noformējums `{ $name }` mapē themes/ nav atrasts
    .hint = izveidojiet mapi themes/{ $name }/ vai lietojiet theme: default
theme-symlink = simboliskām saitēm neseko
    .hint = iekopējiet failu mapē, nevis veidojiet uz to saiti
static-takes-generated = šis statiskais fails aizņemtu vietu /{ $path }, ko tilts veido no vietnes satura
    .hint = pārdēvējiet vai pārvietojiet { $file }; /{ $path } tiek veidots katrā būvējumā
ui-strings-unreadable = saskarnes tekstus nevar nolasīt: { $detail }
    .hint = katrai norādītajai valodai vajadzīgs savs .ftl fails
ui-syntax = Fluent sintakses kļūda: { $detail }
    .hint = sintaksi skat. https://projectfluent.org/fluent/guide/
ui-defined-twice = { $detail }
    .hint = katru ziņojuma id drīkst definēt tikai vienreiz
ui-too-deep = šeit ieliktņi ir ligzdoti dziļāk par { $max } līmeņiem
    .hint = ziņojumam {"{"} {"}"} iekš {"{"} {"}"} vajag tikai dažus līmeņus; izdzēsiet liekās iekavas
ui-refers-to-itself = ziņojums `{ $id }` atsaucas pats uz sevi: { $id } → { $path }
    .hint = ziņojums var lietot citus ziņojumus, bet ne tādu, kas ved atpakaļ pie tā
site-file-io = failu nevar nolasīt: { $detail }
site-file-outside = fails ir saite uz vietu ārpus vietnes mapes, kurai tilts neseko
site-file-not-a-file = tas ir { $kind }, nevis fails; tilts lasa tikai parastus failus (izdzēsiet to vai pārvietojiet ārpus vietnes mapes)
site-file-too-large = fails ir pārāk liels ({ $size }); tilts lasa failus līdz { $limit }
kind-fifo = nosaukts kanāls (FIFO)
kind-socket = ligzda (socket)
kind-device = ierīce
kind-folder = mape
kind-link = saite
kind-special = īpašs fails
cli-about-help = Parādīt šo palīdzību vai norādītās komandas palīdzību

## Translations in step (#32 item 6)

step-source-changed = teksts { lang-in } ({ $source }) ir mainīts pēc tam, kad { DATE($date, case: "locative") } tika izveidots šis tulkojums: { $changes }
    .hint = pārskatiet tulkojumu, salīdzinot to ar šo tekstu, un pēc tam palaidiet `tilts check --mark-translated { $file }`
step-source-changed-undated = teksts { lang-in } ({ $source }) ir mainīts pēc tam, kad tika izveidots šis tulkojums: { $changes }
    .hint = pārskatiet tulkojumu, salīdzinot to ar šo tekstu, un pēc tam palaidiet `tilts check --mark-translated { $file }`
step-changes-unknown = versija, no kuras tas tulkots, mapē content/translated-from/ nav saglabāta, tāpēc nevar parādīt, kas mainīts
step-list = { $list }, { $item }
step-title-changed = mainīts virsraksts
step-summary-changed = mainīts kopsavilkums
step-paragraphs-added = { $count ->
        [one] { $count } rindkopa pievienota
       *[other] { $count } rindkopas pievienotas
    }
step-paragraphs-removed = { $count ->
        [one] { $count } rindkopa dzēsta
       *[other] { $count } rindkopas dzēstas
    }
step-paragraphs-changed = { $count ->
        [one] { $count } rindkopa mainīta
       *[other] { $count } rindkopas mainītas
    }
step-bad-value = `translated_from:` nav versija, ko ierakstījis tilts: { $value }
    .hint = kad tulkojums ir atjaunināts, palaidiet `tilts check --mark-translated` ar šī faila nosaukumu: tas ierakstīs lauku no jauna
step-marked = { $file }: atzīmēts kā tulkojums no { $source } versijas { $version }
step-already-marked = { $file } jau ir atzīmēts kā { $source } pašreizējās versijas tulkojums
step-mark-not-found = { $file } nav šīs vietnes ziņa vai lapa, ko tilts varētu nolasīt
step-mark-is-source = { $file } ir pats teksts { lang-in }, no kura tulko citās valodās; atzīmējiet kādu no tā tulkojumiem
step-mark-no-source = { $file } nav versijas { lang-in }, no kuras tas varētu būt tulkots
step-comment-translated-from = Teksta { lang-in } versija, no kuras veidots šis tulkojums: kad tulkojums gatavs, palaidiet tilts check --mark-translated ar šī faila nosaukumu.
table-outdated = PĀRSKATĪT
table-outdated-note = PĀRSKATĪT: teksts vietnes noklusējuma valodā ir mainīts pēc tulkojuma izveides.
cli-arg-mark-translated = Atzīmēt, ka FILE (tulkojums) atbilst tekstam vietnes noklusējuma valodā (check tad vairs nesaka, ka teksts ir mainīts)
cli-value-file = FAILS

## Proofreading in serve (#32 item 5)

serve-proof-title = Pareizrakstība un tipogrāfija šajā lapā
serve-proof-count = { $count ->
    [zero] { $count } piezīmju
    [one] { $count } piezīme
   *[other] { $count } piezīmes
}
serve-proof-close = Aizvērt
