# tilts pranešimai lietuviškai; tie patys id ir ta pati tvarka kaip en.ftl.
# Daugiskaitos formos pagal CLDR (ICU4X): one (1, 21, 31 ..., ne 11),
# few (2–9, 22–29 ..., ne 12–19), many (trupmenos), other (0, 10–20, 30 ...).

## Žodžiai prie kiekvieno pranešimo

label-error = klaida
label-warning = įspėjimas
label-hint = patarimas
summary-errors = { $count ->
    [one] { $count } klaida
    [few] { $count } klaidos
    [many] { $count } klaidos
   *[other] { $count } klaidų
}
summary-warnings = { $count ->
    [one] { $count } įspėjimas
    [few] { $count } įspėjimai
    [many] { $count } įspėjimo
   *[other] { $count } įspėjimų
}
table-title = Naujienos pagal kalbas:
table-item = naujiena
table-present = yra
table-missing = TRŪKSTA
lang-in = { $code ->
    [en] anglų kalba
    [lv] latvių kalba
    [lt] lietuvių kalba
   *[other] kalba „{ $code }“
}
lang-within = { $code ->
    [en] anglų kalboje
    [lv] latvių kalboje
    [lt] lietuvių kalboje
   *[other] kalboje „{ $code }“
}
lang-of = { $code ->
    [en] anglų kalbos
    [lv] latvių kalbos
    [lt] lietuvių kalbos
   *[other] kalbos „{ $code }“
}

## YAML klaidos (antraštinėje dalyje ir duomenų failuose)

yaml-colon-in-value = lauko `{ $key }` reikšmėje yra „: “, o YAML tai supranta kaip naujo lauko pradžią
    .hint = visą reikšmę įrašykite į kabutes: { $fixed }
yaml-unclosed-quote = čia atidarytos kabutės niekur neuždaromos
    .hint = reikšmės pabaigoje toje pačioje eilutėje parašykite tokias pat kabutes
yaml-unclosed-bracket = čia su [ arba {"{"} pradėtas sąrašas neuždaromas
    .hint = sąrašo pabaigoje parašykite uždarantįjį ] arba {"}"}
yaml-tab = čia įtraukai naudojamas tabuliavimo ženklas
    .hint = YAML eilutės pradžioje leidžia tik tarpus; tabuliavimo ženklą pakeiskite tarpais
yaml-key-indent = `{ $key }` įtrauktas { $found ->
        [one] { $found } tarpu
        [few] { $found } tarpais
        [many] { $found } tarpo
       *[other] { $found } tarpų
    }, o šalia esantys laukai — { $expected }
    .hint = `{ $key }` pradėkite tiksliai po `{ $neighbour }` { $neighbour_line } eilutėje ({ $expected ->
        [one] { $expected } tarpas
        [few] { $expected } tarpai
        [many] { $expected } tarpo
       *[other] { $expected } tarpų
    } nuo kairiojo krašto)
yaml-key-too-deep = `{ $key }` įtrauktas { $found ->
        [one] { $found } tarpu
        [few] { $found } tarpais
        [many] { $found } tarpo
       *[other] { $found } tarpų
    }, daugiau nei `{ $neighbour }` virš jo { $neighbour_line } eilutėje, kuris jau turi reikšmę
    .hint = `{ $key }` pradėkite tiksliai po `{ $neighbour }` ({ $expected ->
        [one] { $expected } tarpas
        [few] { $expected } tarpai
        [many] { $expected } tarpo
       *[other] { $expected } tarpų
    } nuo kairiojo krašto)
yaml-item-indent = šis sąrašo elementas įtrauktas { $found ->
        [one] { $found } tarpu
        [few] { $found } tarpais
        [many] { $found } tarpo
       *[other] { $found } tarpų
    }, o sąrašas, kuriam jis priklauso, — { $expected }
    .hint = visų sąrašo elementų ženklą - pradėkite tame pačiame stulpelyje
yaml-item-not-pair = šis sąrašo elementas yra tik tekstas, o šio sąrašo elementai yra laukai `pavadinimas: reikšmė` (kaip elementas { $first } eilutėje)
    .hint = elementą parašykite kaip ir kitus, pavyzdžiui, `- id: ...` su kitais laukais po juo
yaml-line-not-pair = ši eilutė nėra laukas `pavadinimas: reikšmė`
    .hint = prieš tekstą parašykite lauko pavadinimą, dvitaškį ir tarpą (pvz., `title: ...`) arba, jei tekstas tęsia ankstesnę eilutę, įtraukite jį daugiau nei lauką, kuriam jis priklauso
yaml-duplicate-key = `{ $key }` čia nurodytas du kartus; pirmą kartą jis nurodytas { $first } eilutėje
    .hint = palikite vieną iš dviejų eilučių, o kitą ištrinkite
yaml-unknown-field = laukas `{ $field }` čia nenumatytas
    .hint = patikrinkite rašybą (čia esantys laukai: { $expected }) arba ištrinkite eilutę
yaml-unknown-field-any = laukas `{ $field }` čia nenumatytas
    .hint = patikrinkite lauko pavadinimo rašybą arba ištrinkite eilutę
yaml-missing-field = čia trūksta lauko `{ $field }`
    .hint = šiam įrašui pridėkite eilutę `{ $field }: ...`, įtrauktą taip pat kaip kiti jo laukai
yaml-unknown-value = `{ $value }` nėra nė viena iš čia leidžiamų reikšmių
    .hint = naudokite vieną iš šių: { $expected }
yaml-wrong-type = čia reikšmė ne tokios rūšies, kokios tikimasi ({ $detail })
    .hint = palyginkite su pavyzdžiu README.md: tekstas, skaičius, sąrašas (eilutės, prasidedančios -) arba laukai (eilutės `pavadinimas: reikšmė`)
yaml-shape-list = lauke `{ $key }` turi būti sąrašas, o ne { $found ->
        [value] viena reikšmė
       *[fields] laukai `pavadinimas: reikšmė`
    }
    .hint = { $found ->
        [value] sąrašas rašomas laužtiniuose skliaustuose, net jei jame vienas elementas: rašykite `{ $key }: [{ $value }]`
       *[fields] kiekvieną sąrašo elementą pradėkite - ir tarpu, pavyzdžiui, `- { $value }`, su įtrauka po `{ $key }:`
    }
yaml-shape-fields = { $place ->
        [item] kiekviename sąrašo `{ $key }` elemente turi būti laukai `pavadinimas: reikšmė`
       *[value] lauke `{ $key }` turi būti laukai `pavadinimas: reikšmė`
    }, o ne { $found ->
        [list] sąrašas
       *[value] viena reikšmė
    }
    .hint = { $place ->
        [item] po - rašykite elemento laukus kaip `pavadinimas: reikšmė`, kiekvieną atskiroje eilutėje su vienoda įtrauka (laukai aprašyti README.md)
       *[value] { $found ->
            [list] po `{ $key }:` laukus rašykite eilutėmis `pavadinimas: reikšmė`, be - priekyje
           *[value] kiekvieną lauką rašykite atskiroje eilutėje po `{ $key }:`, su įtrauka, kaip `pavadinimas: reikšmė` (tekstams kiekviena kalba: `{ $key }: {"{"} lv: …, lt: … {"}"}`)
        }
    }
yaml-shape-value = { $place ->
        [item] kiekviename sąrašo `{ $key }` elemente
       *[value] lauke `{ $key }`
    } turi būti viena reikšmė, o ne { $found ->
        [list] sąrašas
       *[fields] laukai `pavadinimas: reikšmė`
    }
    .hint = { $place ->
        [item] kiekvieną elementą rašykite kaip vieną reikšmę, pavyzdžiui, `{ $key }: [a, b]`; jei elemente yra dvitaškis, laužtiniai ar riestiniai skliaustai, įrašykite jį į kabutes
       *[value] reikšmę rašykite toje pačioje eilutėje iškart po `{ $key }: `; jei joje yra dvitaškis, laužtiniai ar riestiniai skliaustai, įrašykite ją į kabutes
    }
yaml-shape-file = { $front ->
        [yes] antraštinėje dalyje turi būti laukai `pavadinimas: reikšmė`, po vieną eilutėje
       *[no] šiame faile turi būti laukai `pavadinimas: reikšmė`, po vieną eilutėje
    }, o ne { $found ->
        [list] sąrašas
       *[value] viena reikšmė
    }
    .hint = ištrinkite - eilučių pradžioje ir kiekvieną lauką rašykite nuo kairiojo krašto kaip `pavadinimas: reikšmė` (laukai aprašyti README.md)
yaml-shape-file-list = šis failas turi prasidėti `{ $key }:`, o sąrašas turi būti po juo, ne pats sąrašas
    .hint = pirmoje eilutėje įrašykite `{ $key }:` ir visas sąrašo eilutes pastumkite dviem tarpais į dešinę: `{ $key }:`, tada `  - id: …`
yaml-bad-scalar = { $place ->
        [item] kiekvienas sąrašo `{ $key }` elementas turi būti
       *[value] lauke `{ $key }` turi būti
    } { $kind ->
        [whole] sveikasis skaičius
        [yes-no] reikšmė true arba false
       *[number] skaičius
    }, o ne `{ $value }`
    .hint = { $kind ->
        [whole] rašykite tik skaitmenis, pavyzdžiui, 10
        [yes-no] rašykite `{ $key }: true` arba `{ $key }: false`
       *[number] prieš trupmeninę dalį rašykite tašką, o ne kablelį, pavyzdžiui, 56.6511 (kablelis pradeda kitą sąrašo elementą)
    }
yaml-other = YAML to negali perskaityti: { $detail }
    .hint = palyginkite aplinkines eilutes su pavyzdžiu README.md; tekstą su dvitaškiu, # ar kabutėmis saugiausia rašyti kabutėse
yaml-empty = šis YAML tekstas tuščias
    .hint = užpildykite laukus, kurių reikia šiam failui (žr. README.md)

## Skaičiai (pinigai)

money-not-number = `{ $value }` nėra pinigų suma
    .hint = rašykite skaitmenimis su tašku prieš centus, pavyzdžiui, 791256.20
money-decimals = `{ $value }` turi daugiau nei du skaitmenis po kablelio; sumos nurodomos cento tikslumu
    .hint = sumą parašykite cento tikslumu, tiksliai taip, kaip ji paskelbta, pvz., 791256.20
money-too-large = `{ $value }` yra per didelė suma
    .hint = patikrinkite skaičių: sumos nurodomos eurais, centai po taško

## Naujienų ir puslapių antraštinė dalis (front matter)

fm-title-empty = antraštė tuščia
    .hint = po `title:` parašykite antraštę
fm-not-a-date = `{ $value }` nėra data
    .hint = datą rašykite formatu MMMM-MM-DD, pavyzdžiui, 2018-05-16, arba su laiku: 2018-05-16T10:30
fm-news-needs-date = naujienai reikia datos
    .hint = pridėkite eilutę, pavyzdžiui, `date: 2018-05-16`
fm-summary-empty = santrauka tuščia
    .hint = po `summary:` parašykite vieną ar du sakinius
fm-news-needs-summary = naujienai reikia santraukos
    .hint = pridėkite eilutę, pavyzdžiui, `summary: Vienas ar du sakiniai apie naujieną.`
fm-bad-slug = `{ $value }` negali būti adreso dalis (slug)
    .hint = naudokite mažąsias lotyniškas raides be diakritikų, skaitmenis ir brūkšnelius, pvz., projekto-pradzia (ne con, nul, com1 ar kitą pavadinimą, kurį Windows pasilieka įrenginiams)
fm-no-slug-from-title = iš šios antraštės negalima sudaryti interneto adreso
    .hint = pridėkite eilutę `slug:` su mažosiomis raidėmis, skaitmenimis ir brūkšneliais
fm-slug-reserved = iš antraštės sudarytas interneto adresas `{ $slug }` yra pavadinimas, kurį Windows pasilieka įrenginiams, todėl svetainės nebūtų galima nukopijuoti į bet kurį serverį
    .hint = pridėkite eilutę `slug:` su kitu adresu
fm-translation-key-empty = translation_key tuščias
    .hint = visose naujienos kalbų versijose įrašykite tą patį raktą arba ištrinkite eilutę
fm-bad-image-address = `{ $value }` nėra paveikslėlio adresas, kurį tilts gali naudoti
    .hint = naudokite svetainės kelią, pavyzdžiui, /images/nuotrauka.jpg
fm-foreign-image = paveikslėlis `{ $value }` yra kitoje svetainėje: kiekvieno lankytojo naršyklė jį įkeltų iš ten ir taip praneštų tai svetainei, kas skaito šį puslapį
    .hint = nukopijuokite paveikslėlį į aplanką static/ (pavyzdžiui, static/images/) ir įrašykite jo kelią, pavyzdžiui, /images/nuotrauka.jpg
md-bad-address = `{ $value }` nėra adresas, į kurį puslapyje galima įdėti nuorodą
    .hint = naudokite svetainės kelią (pavyzdžiui, /lt/apie-projekta/ arba /files/planas.pdf), https:// arba mailto: adresą
md-foreign-poster = vaizdo įrašo peržiūros paveikslėlis `{ $value }` yra kitoje svetainėje: jis būtų įkeltas iš ten dar prieš lankytojui nusprendžiant žiūrėti vaizdo įrašą
    .hint = nukopijuokite paveikslėlį į aplanką static/ (pavyzdžiui, static/images/) ir įrašykite jo kelią, pavyzdžiui, poster=/images/video.jpg
fm-image-no-alt = paveikslėlis neturi alternatyviojo teksto
    .hint = pridėkite `image_alt:` su aprašymu, kas matyti paveikslėlyje, skaitytojams, kurie jo nemato
fm-gallery-no-alt = šios galerijos nuotrauka neturi alternatyviojo teksto
    .hint = po ja pridėkite `alt:` su aprašymu, kas matyti nuotraukoje, skaitytojams, kurie jos nemato
fm-gallery-bad-folder = `{ $value }` nėra aplankas, kurį tilts gali naudoti galerijai
    .hint = nurodykite aplanką po static/, pavyzdžiui, photos/kickoff (be .. ir be interneto adreso)
fm-gallery-bad-captions = `{ $value }` nėra aprašų failo pavadinimas, kurį tilts gali naudoti
    .hint = nurodykite failą galerijos aplanke, pavyzdžiui, captions.lt.yaml
fm-alt-without-image = nurodytas image_alt, bet paveikslėlio nėra
    .hint = pridėkite `image:` arba ištrinkite `image_alt:`
fm-menu-on-news = laukas `menu` skirtas puslapiams, o ne naujienoms
    .hint = ištrinkite eilutę `menu:`; naujienos išvardytos naujienų skiltyje

## Renginiai antraštinėje dalyje

event-bad-zone = `{ $value }` nėra laiko juosta
    .hint = naudokite Europe/Riga arba Europe/Vilnius
event-bad-time = tai nėra data ir laikas
    .hint = rašykite formatu MMMM-MM-DDTHH:MM, pavyzdžiui, 2018-05-16T10:30
event-ends-before-start = renginys baigiasi anksčiau, nei prasideda
    .hint = patikrinkite pabaigos laiką
event-location-empty = renginio vieta nenurodyta
    .hint = nurodykite, kur vyksta renginys
event-time-skipped = { DATE($day) } laiko juostoje { $zone } laiko { $time } nėra: tada laikrodžiai persukami pirmyn, todėl kalendoriuose bus rodoma { $shown }
    .hint = įrašykite laiką, koks jis bus, arba palikite, jei taip teisinga
event-time-twice = { DATE($day) } laiko juostoje { $zone } laikas { $time } būna du kartus: tada laikrodžiai atsukami atgal, todėl kalendoriuose bus rodomas pirmasis { $time } ({ $utc } UTC)
    .hint = įrašykite laiką, koks jis bus, arba palikite, jei taip teisinga

## Tekstas (Markdown)

md-too-deep = čia tekstas įdėtas vienas į kitą daugiau nei { $max ->
        [one] { $max } lygiu
        [few] { $max } lygiais
        [many] { $max } lygio
       *[other] { $max } lygių
    } (citatos, sąrašai, paryškinimai ar HTML)
    .hint = taip giliai įdėto teksto joks skaitytojas nesupras; ištrinkite nereikalingus > ženklus ar sąrašo lygius
md-reserved-char = ženklą { $char } naudoja pats tilts (juo pažymima vaizdo įrašo vieta), todėl tekste jo negali būti
    .hint = ištrinkite jį; jei jis atkeliavo su nukopijuotu tekstu, tą dalį parašykite iš naujo

## Failai ir jų tekstas

fm-missing = failas turi prasidėti antraštine dalimi (front matter) tarp dviejų eilučių `---`
    .hint = failą pradėkite ---, tada eilutės title:, date: ir summary:, tada ---
fm-not-closed = antraštinė dalis (front matter) neuždaryta
    .hint = po paskutinio antraštinės dalies lauko pridėkite eilutę ---
not-utf8 = failas nėra tinkamas UTF-8 tekstas
    .hint = redaktoriuje išsaugokite failą UTF-8 koduote (šioje vietoje esantis ženklas yra kitos koduotės)
control-char = čia yra nematomas valdymo ženklas { $char }; jo negalima skelbti
    .hint = ištrinkite jį (tokie ženklai dažnai atkeliauja su tekstu, nukopijuotu iš PDF ar teksto rengyklės) ir, jei reikia, parašykite tekstą iš naujo
control-escape = čia yra įrašas { $escape }, reiškiantis nematomą valdymo ženklą { $char }; jo negalima skelbti
    .hint = ištrinkite jį (tokie ženklai dažnai atkeliauja su tekstu, nukopijuotu iš PDF ar teksto rengyklės) ir, jei reikia, parašykite tekstą iš naujo
invisible-char = čia yra nematomas ženklas { $char }: jis gali pakeisti tvarką, kuria rodomas aplink jį esantis tekstas, arba dėl jo vienodai atrodantys žodžiai gali skirtis paieškoje ir adresuose
    .hint = ištrinkite jį (tokie ženklai dažnai atkeliauja su tekstu, nukopijuotu iš tinklalapio, PDF ar pokalbio) ir, jei reikia, parašykite tekstą iš naujo
folder-links-out = šis aplankas yra nuoroda į vietą už svetainės aplanko ribų; jis neskaitomas
    .hint = patį aplanką perkelkite į svetainės aplanką
cannot-read = nepavyksta perskaityti: { $detail }
    .hint = patikrinkite, ar failas ar aplankas yra ir ar turite teisę jį skaityti
content-symlink = simbolinės nuorodos aplanke content/ nenaudojamos
    .hint = vietoj jos nukopijuokite failą į aplanką
file-unknown-language = failo pavadinime nurodyta kalba `{ $code }`, kurios ši svetainė neturi
    .hint = failą pavadinkite PAVADINIMAS.KALBA.md, kur KALBA yra viena iš: { $codes }
file-no-language = failo pavadinime nenurodyta, kokia kalba jis parašytas
    .hint = pervadinkite jį į { $stem }.KALBA.md, kur KALBA yra viena iš: { $codes }

## Duomenų failai: kas yra tekstas ar skaičius

what-project-name = projekto pavadinimas
what-programme-name = programos pavadinimas
what-fund-name = fondo pavadinimas
what-fund-short = fondo santrumpa
what-entry = šis įrašas
what-activity = ši veikla
what-partner-name = partnerio `{ $id }` pavadinimas
what-partner-type = partnerio `{ $id }` tipas
what-partner-town = partnerio `{ $id }` miestas
what-cost-line = ši išlaidų eilutė
what-item = šis punktas
what-body = atsakinga institucija
what-legislation = teisės aktai
what-method = vertinimo metodas
what-contact-name = kontaktinio asmens ar institucijos pavadinimas
what-enforcement-body = priežiūros institucija
who-project = projektas
who-partner = partneris `{ $id }`
fig-project-erdf = projekto ERPF lėšos
fig-its-total = jo bendra suma
fig-project-total = projekto bendra suma
fig-partner-erdf = partnerio `{ $id }` ERPF lėšos
fig-partner-own = partnerio `{ $id }` nuosavas įnašas
fig-partner-total = partnerio `{ $id }` bendra suma
fig-partner-cost-line = partnerio `{ $id }` išlaidų eilutė

## Duomenų failai: kas rasta

data-missing-language = { $what }: nėra teksto { lang-in }
    .hint = pridėkite eilutę `{ $code }: …` su tekstu { lang-in }
data-not-a-date = `{ $value }` nėra data
    .hint = rašykite MMMM-MM-DD, pavyzdžiui, 2018-03-01
data-not-web-address = `{ $value }` nėra http:// arba https:// adresas
    .hint = nukopijuokite adresą iš naršyklės adreso juostos, pvz., https://www.zemgale.lv
data-not-site-path = `{ $value }` nėra svetainės failo kelias
    .hint = įdėkite failą į aplanką static/ ir įrašykite jo kelią nuo šio aplanko, pavyzdžiui, /images/logos/partneris.png
data-not-email = `{ $value }` nėra el. pašto adresas
    .hint = rašykite, pavyzdžiui, info@example.lt, be tarpų ir kampinių skliaustų
data-no-such-partner = faile content/data/partners.yaml nėra partnerio `{ $id }`
    .hint = naudokite id iš partners.yaml
project-ends-before-start = projektas baigiasi anksčiau, nei prasideda
    .hint = palyginkite pradžios ir pabaigos datas su sutartimi
partner-bad-id = partnerio id `{ $id }` gali sudaryti tik mažosios raidės, skaitmenys ir brūkšneliai
    .hint = rašykite id, pavyzdžiui, auce arba rokiskis-youth; jis matomas interneto adresuose
partner-id-twice = partnerio id `{ $id }` panaudotas du kartus
    .hint = kiekvienam partneriui reikia savo id
partner-bad-country = `{ $value }` nėra dviejų raidžių šalies kodas
    .hint = naudokite LV arba LT
partner-bad-coordinates = koordinatės turi būti [platuma, ilguma] laipsniais
    .hint = rašykite jas, pavyzdžiui, [56.6511, 23.7214]: pirma platuma (Latvijoje ir Lietuvoje apie 54–58), tada ilguma (21–28)
partner-lead-count = turi būti lygiai vienas pagrindinis partneris, o { $count ->
        [0] `role: lead` nenurodyta nė vienam partneriui
        [one] `role: lead` nurodyta { $count } partneriui
        [few] `role: lead` nurodyta { $count } partneriams
        [many] `role: lead` nurodyta { $count } partnerio
       *[other] `role: lead` nurodyta { $count } partnerių
    }
    .hint = pagrindiniam partneriui nurodykite `role: lead`, kitiems `role: partner`
statement-no-contact = kontaktuose reikia el. pašto arba interneto adreso (url)
    .hint = žmonės turi galėti pranešti apie prieinamumo problemas
statement-no-enforcement = pareiškime turi būti nurodyta priežiūros procedūra
    .hint = pridėkite bent vieną įrašą `enforcement:` su nacionaline institucija ir jos adresu
budget-bad-rate = `{ $value }` nėra norma nuo 0 iki 1
    .hint = rašykite, pavyzdžiui, 0.85
budget-negative = suma { $value } yra mažesnė už nulį
    .hint = biudžeto skaičiai yra išleistos ar skirtos pinigų sumos; rašykite juos be minuso ženklo
budget-part-over-whole = { $what } yra { $part }, daugiau nei { $of } ({ $whole })
    .hint = dalis negali būti didesnė už visumą; palyginkite skaičius su sutartimi
budget-over-rate = { $who }: ERPF { $erdf } yra daugiau nei { $rate } × bendra suma { $total } = { $allowed } (skirtumas { $by }, leistinas nuokrypis { $tolerance })
    .hint = palyginkite skaičius su sutartimi; jei tai apvalinimas, padidinkite `tolerance`
budget-partner-twice = partneris `{ $id }` turi du biudžeto įrašus
    .hint = kiekvienam partneriui palikite vieną įrašą, o kitą ištrinkite
budget-parts-not-total = partneris `{ $id }`: ERPF { $erdf } + nuosavas įnašas { $own } = { $sum }, o ne bendra suma { $total }
    .hint = pataisykite vieną iš trijų skaičių
budget-lines-over-total = partneris `{ $id }`: išlaidų eilučių suma { $lines } yra didesnė už bendrą sumą { $total }
    .hint = palyginkite išlaidų eilutes su partnerio biudžetu sutartyje
budget-partly-given = { $given ->
        [one] nurodytas
        [few] nurodyti
       *[other] nurodyta
    } { $given } iš { $count ->
        [one] { $count } partnerio biudžeto
       *[other] { $count } partnerių biudžetų
    }; kartu { $sum } iš projekto bendros sumos { $total }
    .hint = pridėkite kitų partnerių biudžetus; biudžeto puslapyje nurodyta, kiek jų parodyta
budget-sum-not-total = partnerių biudžetų suma yra { $sum }, o projekto bendra suma — { $total }
    .hint = palyginkite partnerių ir projekto bendras sumas su sutartimi

## Patikros (check) radiniai sukurtoje svetainėje

check-translation-missing = ši naujiena neturi versijos { lang-in }
    .hint = pridėkite ją su `tilts new news` arba kaip failą, kurio pavadinimas baigiasi .{ $code }.md
check-translation-draft = ši naujiena neturi versijos { lang-in }
    .hint = { $draft } vis dar juodraštis: išverskite jį, tada ištrinkite `draft: true`
check-image-no-alt = paveikslėlis { $url } neturi alternatyviojo teksto
    .hint = skliaustuose aprašykite paveikslėlį: ![kas matyti paveikslėlyje](kelias)
check-link-missing = nuoroda { $url } neveda į jokį šios svetainės puslapį ar failą
    .hint = patikrinkite adresą; svetainės puslapiai prasideda { $starts }
check-image-missing = paveikslėlio adresas { $url } neveda į jokį šios svetainės failą
    .hint = patikrinkite adresą; paveikslėliai yra aplanke static/ (static/images/nuotrauka.jpg yra /images/nuotrauka.jpg)
theme-file-missing = tema įkelia { $url }, bet svetainėje tokio failo nėra
    .hint = įdėkite failą į temos aplanką static/ (arba svetainės static/) arba pataisykite šabloną
check-anchor-here = šiame puslapyje nėra #{ $id }
    .hint = naudokite puslapio antraštės id (antraščių id sudaromi iš jų teksto)
check-anchor-there = nuoroda { $url } rodo į #{ $id }, bet tame puslapyje jo nėra
    .hint = naudokite puslapio antraštės id (antraščių id sudaromi iš jų teksto)
check-other-language = nuoroda { $url } veda į puslapį { $theirs }, bet yra ir puslapis { $ours }
    .hint = vietoj to nuorodoje naudokite { $same }
check-image-not-in-site = paveikslėlis { $src } nėra šios svetainės failas
    .hint = įdėkite paveikslėlį į aplanką static/ (static/images/nuotrauka.jpg yra /images/nuotrauka.jpg) arba pataisykite kelią
check-image-format = paveikslėlis { $src } yra formatu, kurio ne visos naršyklės rodo
    .hint = išsaugokite jį kaip JPEG (nuotraukoms) arba PNG (piešiniams, logotipams) ir čia nurodykite tą failą

## Sąsajos tekstai ir šablonai

ui-message-missing = trūksta pranešimo `{ $key }`
    .hint = pridėkite pranešimą, kad visos kalbos turėtų tuos pačius raktus
ui-message-missing-fallback = trūksta pranešimo `{ $key }`; vietoj jo rodomas tekstas iš { $fallback }
    .hint = pridėkite pranešimą, kad visos kalbos turėtų tuos pačius raktus
ui-message-unused = pranešimo `{ $key }` nenaudoja joks šablonas
    .hint = ištrinkite jį arba naudokite šablone su t(key="…")
page-no-eu-block = puslapyje /{ $path } nėra ES finansavimo bloko
    .hint = ES finansuojamų projektų svetainėse kiekviename puslapyje turi būti ES emblema ir fondo pavadinimas; palikite bloką su id="eu-funding" iš numatytojo base.html
programme-logo-missing = programme_logo: svetainėje nėra failo /{ $logo }
    .hint = įdėkite logotipą į static/{ $logo } arba pataisykite kelią
favicon-missing = favicon: svetainėje nėra failo /{ $logo }
    .hint = įdėkite piktogramą į static/{ $logo }, pataisykite kelią arba ištrinkite favicon:, kad būtų naudojama piktograma, kurią sukuria tilts

## Sutampantys puslapiai

key-taken = { $other } jau yra `{ $key }` versija { lang-in }
    .hint = vienam iš abiejų failų nurodykite kitą translation_key
path-taken = adresu /{ $path } būtų paskelbti du puslapiai: šis failas ir { $other }
    .hint = pakeiskite antraštę arba viename iš jų nurodykite kitą `slug:`
path-taken-generated = adresu /{ $path } būtų paskelbti du puslapiai: šis failas ir puslapis, kurį sukuria tilts (žr. skilčių pavadinimus faile content/site.yaml)
    .hint = pakeiskite antraštę arba nurodykite kitą `slug:`
data-unreadable = nepavyksta perskaityti duomenų failo: { $detail }
    .hint = kiekvienai svetainei reikia content/data/project.yaml, partners.yaml, budget.yaml ir accessibility.yaml (žr. `tilts init`)

## Kūrimas

build-failed = Svetainės sukurti nepavyko: { $errors }, { $warnings }. Niekas neįrašyta; { $output } nepakeistas.
build-scheduled = { $count ->
    [one] { $count } naujiena datuota vėliau ir dar nepaskelbta
    [few] { $count } naujienos datuotos vėliau ir dar nepaskelbtos
    [many] { $count } naujienos datuota vėliau ir dar nepaskelbta
   *[other] { $count } naujienų datuota vėliau ir dar nepaskelbta
} (su --future rodomos ir tokios naujienos); kita turi būti paskelbta { DATE($date) } { $time } ({ $zone }): { $file }
build-expired = { $count ->
    [one] { $count } įrašo galiojimas baigėsi, todėl jis nebeskelbiamas (--expired jį palieka)
   *[other] { $count } įrašų galiojimas baigėsi, todėl jie nebeskelbiami (--expired juos palieka)
}

## Adresai

fm-bad-alias = `{ $value }` negali būti šios svetainės adresas
    .hint = rašykite seną adresą be svetainės domeno, pavyzdžiui, /lt/naujienos/senas-pavadinimas/, arba tik paskutinę jo dalį; tik raidės, skaitmenys ir - _ .
address-moved = adresas { $old } iki šiol buvo svetainėje; šis įrašas dabar yra adresu { $new }, todėl nuorodos į seną adresą nebeveiktų
    .hint = į šį failą įrašykite `aliases: ["{ $old }"]` (senas adresas tada ves čia) arba grąžinkite ankstesnį `slug:`
address-gone = adresas { $old } iki šiol buvo svetainėje, o dabar jo nebėra
    .hint = jei įrašas perkeltas, įrašykite į jį `aliases: ["{ $old }"]`; jei jis ištrintas sąmoningai, nieko daryti nereikia
what-date = data
what-event-times = renginio laikas
what-image = paveikslėlis
check-translation-differs = { $what } skiriasi nuo versijos { lang-in }: ten { $theirs }, čia { $ours }
    .hint = visose kalbų versijose tai turi būti vienoda; pataisykite šį failą arba { $file }
check-page-translation-missing = šis puslapis neturi versijos { lang-in }
    .hint = pridėkite ją šalia šio failo kaip failą, kurio pavadinimas baigiasi .{ $code }.md (arba su `tilts new page`), tuo pačiu pavadinimu arba translation_key
page-bad-folder = aplanko `{ $folder }` negalima naudoti interneto adrese
    .hint = aplankus content/pages/ vadinkite mažosiomis lotyniškomis raidėmis be diakritikų, skaitmenimis ir brūkšneliais, pvz., projektas

## Temos (tags.yaml)

what-tag-name = temos `{ $id }` pavadinimas
tag-id-twice = temos id `{ $id }` panaudotas du kartus
    .hint = kiekvienai temai reikia savo id
tag-bad-slug = temos `{ $id }` adrese `{ $slug }` yra ženklų, kurių interneto adrese negali būti
    .hint = nurodykite temai `slug:` su mažosiomis lotyniškomis raidėmis be diakritikų, skaitmenimis ir brūkšneliais kiekviena kalba
tag-slug-twice = temos `{ $other }` ir `{ $id }` abi būtų adresu `{ $slug }`
    .hint = šia kalba vienai iš jų duokite kitą pavadinimą arba `slug:`
tag-unknown = `{ $id }` nėra tema iš content/data/tags.yaml; šioje temoje įrašas nerodomas
    .hint = palyginkite rašybą su id faile tags.yaml arba pridėkite temą ten su pavadinimu kiekviena kalba
check-page-translation-draft = šis puslapis neturi versijos { lang-in }
    .hint = { $draft } vis dar juodraštis: išverskite jį, tada ištrinkite `draft: true`

## Korektūra (tilts check)

proof-no-dictionary = nerastas { lang-of } rašybos žodynas, todėl failų { lang-in } rašyba netikrinama
    .hint = įdiekite jį (Debian, Ubuntu: sudo apt-get install hunspell-{ $code }) arba nurodykite jį faile content/site.yaml, proofing: dictionaries: { $code }: KELIAS (be .aff ar .dic)
proof-dictionary-unreadable = nepavyksta perskaityti rašybos žodyno { $path }: { $detail }
    .hint = proofing: dictionaries: kiekvienas žodynas nurodomas be failo plėtinio; turi būti ir KELIAS.aff, ir KELIAS.dic
proof-unknown-word = nežinomas žodis „{ $word }“
    .hint = pataisykite jį arba, jei jis teisingas, įrašykite jį į content/data/words.yaml po { $code }: (tilts check --add-words įrašo visus nežinomus žodžius peržiūrai)
proof-unknown-word-suggest = nežinomas žodis „{ $word }“; gal turėjote omenyje { $suggestions }?
    .hint = pataisykite jį arba, jei jis teisingas, įrašykite jį į content/data/words.yaml po { $code }: (tilts check --add-words įrašo visus nežinomus žodžius peržiūrai)
proof-wrong-language = atrodo, kad ši pastraipa parašyta { $found }, o ne { $expected }
    .hint = išverskite ją arba perkelkite į tos kalbos failą; jos rašyba netikrinama
words-unknown-language = words.yaml yra žodžių su kalbos kodu „{ $code }“, bet tokios kalbos svetainėje nėra
    .hint = naudokite kalbos kodą iš content/site.yaml arba all: visų kalbų žodžiams
typo-straight-quotes = tiesios kabutės "…" tekste { lang-in }
    .hint = rašykite { $open }…{ $close } (tilts check --fix-typography tai padaro, kai kabutės eina poromis)
typo-foreign-quote = kabutė { $mark } čia { lang-within } nevartojama
    .hint = { lang-within } kabutės yra { $open }…{ $close } (tilts check --fix-typography ją pakeičia)
typo-nbsp = paprastas tarpas tarp { $number } ir { $unit }
    .hint = naudokite nelaužomą tarpą, kad skaičius ir { $unit } liktų vienoje eilutėje (tilts check --fix-typography jį įterpia)
typo-no-space = nėra tarpo tarp { $number } ir { $unit }
    .hint = { lang-within } tarp skaičiaus ir { $unit } rašomas nelaužomas tarpas (tilts check --fix-typography jį įterpia)
typo-space-not-wanted = tarpas tarp { $number } ir { $unit }
    .hint = { lang-within } { $unit } rašomas iškart po skaičiaus (tilts check --fix-typography tarpą pašalina)
typo-range-hyphen = brūkšnelis intervale { $text }
    .hint = intervale rašomas brūkšnys, – (tilts check --fix-typography jį pakeičia)
typo-double-space = du tarpai iš eilės
    .hint = pakanka vieno (tilts check --fix-typography kitą pašalina)
typo-double-punctuation = dvigubas skyrybos ženklas „{ $text }“
    .hint = palikite vieną ženklą (trys taškai sudaro daugtaškį: …)
typo-numeric-date = data { $text } parašyta skaičiais
    .hint = svetainėje datos rašomos žodžiais: { $long }
check-added-words = Į { $file } { $count ->
    [one] įrašytas { $count } žodis
    [few] įrašyti { $count } žodžiai
    [many] įrašyta { $count } žodžio
   *[other] įrašyta { $count } žodžių
}; peržiūrėkite sąrašą: ten įrašytas klaidingas žodis bus priimtas visur.
check-fixed-file = { $file }: { $count ->
    [one] ištaisyta { $count } vieta
    [few] ištaisytos { $count } vietos
    [many] ištaisyta { $count } vietos
   *[other] ištaisyta { $count } vietų
}; originalas išsaugotas kaip { $backup }
check-fix-skipped = { $file } pasikeitė tikrinant ir paliktas toks, koks buvo; paleiskite tilts check --fix-typography dar kartą
check-fixed-none = Tipografijos taisyti nereikia.

## Nuotraukos

media-unsupported = šis failas nėra JPEG, PNG ar WebP paveikslėlis, nors pagal pavadinimą taip atrodo
    .hint = išsaugokite nuotrauką kaip JPEG (nuotraukoms) arba PNG (piešiniams, logotipams) ir įdėkite ją čia dar kartą
media-corrupt = šio paveikslėlio nepavyksta perskaityti: { $detail }
    .hint = failas sugadintas arba nukopijuotas ne visas; eksportuokite jį dar kartą iš fotoaparato ar redaktoriaus
media-too-large = šis paveikslėlis yra { $width } × { $height ->
        [one] { $height } pikselis
        [few] { $height } pikseliai
        [many] { $height } pikselio
       *[other] { $height } pikselių
    }, daugiau nei { $megapixels ->
        [one] { $megapixels } megapikselis
        [few] { $megapixels } megapikseliai
        [many] { $megapixels } megapikselio
       *[other] { $megapixels } megapikselių
    }
    .hint = sumažinkite jį (internetui pakanka 2400 pikselių pločio) ir išsaugokite dar kartą
media-cut-short = šis paveikslėlis nepilnas: failas baigiasi anksčiau nei paveikslėlis
    .hint = failas nukopijuotas ne visas; nukopijuokite arba eksportuokite jį dar kartą iš fotoaparato ar redaktoriaus
media-too-little-data = šiame paveikslėlyje nurodyta, kad jis yra { $width } × { $height ->
        [one] { $height } pikselio
        [many] { $height } pikselio
       *[other] { $height } pikselių
    } dydžio, bet faile tokiam dydžiui gerokai per mažai duomenų: didžioji paveikslėlio dalis būtų pilka
    .hint = failas sugadintas arba nukopijuotas ne visas; eksportuokite jį dar kartą iš fotoaparato ar redaktoriaus
media-format-unreadable = tilts negali perskaityti { $format } paveikslėlių, todėl negali pašalinti iš šio paveikslėlio to, ką jame įrašė fotoaparatas (pavyzdžiui, kur nuotrauka padaryta)
    .hint = atidarykite jį ir išsaugokite kaip JPEG (nuotraukoms) arba PNG (piešiniams, logotipams), tada naująjį failą įdėkite čia vietoj šio
media-left-out = { $problem }; nė vienas puslapis jo nerodo, todėl jis svetainėje neskelbiamas
    .hint = ištrinkite jį arba, jei kuris nors puslapis turi jį rodyti, išsaugokite jį dar kartą kaip JPEG (nuotraukoms) arba PNG (piešiniams, logotipams) iš fotoaparato ar redaktoriaus
media-same-name = ši nuotrauka ir { $other } abi būtų paskelbtos kaip { $file }
    .hint = pervadinkite vieną iš jų (iš nuotraukų su tuo pačiu pavadinimu ir skirtingu failo plėtiniu padaromos tos pačios mažesnės kopijos)
media-document-large = šis dokumentas yra { $megabytes } MB, daugiau nei { $limit } MB
    .hint = skaitytojai su mobiliaisiais duomenimis moka už kiekvieną megabaitą: sumažinkite jį (PDF ekranui, mažesnės raiškos nuotraukos) arba padidinkite max_document_mb faile content/site.yaml
gallery-no-photos = galerijos aplanke { $folder } nėra nuotraukų
    .hint = įdėkite galerijos JPEG, PNG ar WebP nuotraukas į { $folder } arba pataisykite aplanko pavadinimą po gallery:
gallery-no-captions = galerija aplanke { $folder } neturi aprašų failo
    .hint = sukurkite tame aplanke failą { $file } su kiekvienos nuotraukos pavadinimu ir tuo, kas joje matyti, pavyzdžiui, `foto-1.jpg: {"{"} alt: Partneriai prie stalo {"}"}`
gallery-photo-undescribed = galerijos nuotrauka { $photo } neturi aprašo faile { $captions }
    .hint = įrašykite į { $captions } `{ $photo }:` su `alt:` (kas matyti nuotraukoje) arba išimkite nuotrauką iš aplanko
gallery-caption-no-photo = galerijos aplanke { $folder } nėra nuotraukos { $photo }
    .hint = patikrinkite pavadinimą (raidės ir failo plėtinys turi tiksliai sutapti su failu) arba ištrinkite šį įrašą
config-base-url-scheme = base_url `{ $url }` turi prasidėti https:// arba http://
    .hint = įrašykite visą svetainės adresą, pavyzdžiui, https://www.example.lt/projektas/
config-base-url-bad = base_url `{ $url }` nėra paprastas svetainės adresas: { $why }
    .hint = įrašykite tik svetainės adresą, pavyzdžiui, https://www.example.lt/projektas/ — jis įrašomas į kiekvieną puslapį, naujienų srautus ir svetainės žemėlapį
config-base-url-user = jame yra naudotojo vardas arba slaptažodis (prieš @), kuris būtų paskelbtas kiekviename puslapyje
config-base-url-host = serverio pavadinime gali būti tik raidės, skaitmenys, taškai ir brūkšneliai
config-base-url-port = prievadas po dvitaškio turi būti skaičius nuo 1 iki 65535
config-base-url-path = dalyje po serverio pavadinimo negali būti tarpų, kabučių, ; $ ? # ar .. (raidės, skaitmenys ir - _ . ~ / + , = @ ! ( ) * : tinka)
fm-translation-key-bad = translation_key `{ $value }` gali sudaryti tik raidės, skaitmenys, brūkšneliai, apatiniai brūkšniai, taškai ir pasvirieji brūkšniai (be tarpų, eilučių lūžių ar kitų ženklų)
    .hint = visose naujienos kalbų versijose įrašykite tą patį trumpą raktą, pavyzdžiui, translation_key: kickoff-2018
fm-file-name-bad = failo pavadinime `{ $name }` yra eilutės lūžis, tabuliavimo ženklas ar kitas valdymo ženklas
    .hint = pervadinkite failą naudodami tik raides, skaitmenis ir brūkšnelius, pavyzdžiui, 2018-05-16-pradzia.lt.md, ir taip pat pervadinkite kitų kalbų versijas
check-raw-image-no-alt = paveikslėlis { $url } HTML kode neturi alternatyviojo teksto
    .hint = jo <img> žymei pridėkite alt="kas matyti paveikslėlyje" (alt="" tik paveikslėliui, kuris yra vien puošmena)
md-table-empty-header = vienas šios lentelės stulpelis neturi antraštės
    .hint = pirmoje lentelės eilutėje įrašykite kiekvieno stulpelio antraštę: ekrano skaitytuvas ją perskaito prieš kiekvieną stulpelio reikšmę

## Programme periods and Article 50 (#27)
project-no-period = faile project.yaml nenurodyta, kurio programavimo laikotarpio ES taisyklės taikomos projektui
    .hint = įrašykite `period: 2021-2027`, jei projektas finansuojamas dabartiniu laikotarpiu, arba `period: 2014-2020`, jei jis finansuojamas 2014–2020 m. laikotarpiu
project-unknown-period = `{ $value }` nėra programavimo laikotarpis, kurio ES taisyklės žinomos
    .hint = įrašykite vieną iš šių: { $known }
project-period-years = projektas prasideda { $year } m., už programavimo laikotarpio `{ $period }` ribų
    .hint = patikrinkite `period:`: 2014–2020 m. programų projektams rašoma `period: 2014-2020`
op-no-description = faile project.yaml nėra `description:` – trumpo projekto aprašymo, kurio reikalauja Reglamento (ES) 2021/1060 50 straipsnis
    .hint = įrašykite `description:` su keliais sakiniais kiekviena kalba – po `lv:`, `lt:` ir `en:`
op-no-aims = lauke `aims:` nenurodytas nė vienas projekto tikslas
    .hint = išvardykite projekto tikslus kiekviena kalba
op-no-results = faile project.yaml nėra `results:` – projekto rezultatų, kurių reikalauja 50 straipsnis
    .hint = įrašykite `results:` su `expected:` (ką projektas numato pasiekti) ir `achieved:` (kas jau pasiekta; kol nieko nėra, rašykite `achieved: []`)
op-no-expected-results = lauke `results:` nėra nė vieno numatomo rezultato (`expected:`)
    .hint = po `expected:` išvardykite, ką projektas numato pasiekti, kiekviena kalba
op-no-achieved-results = lauke `results:` nėra `achieved:`
    .hint = išvardykite iki šiol pasiektus rezultatus arba rašykite `achieved: []`, kol jų dar nėra
op-no-english-summary = lauke `description:` nėra santraukos anglų kalba (`en:`)
    .hint = programa skelbia kiekvieno projekto santrauką anglų kalba; įrašykite ją po `description:` kaip `en:` (ne ilgesnę nei { $limit } { $limit ->
        [one] ženklas
        [few] ženklai
        [many] ženklo
       *[other] ženklų
    })
op-summary-too-long = santraukoje anglų kalba yra { $length } { $length ->
        [one] ženklas
        [few] simboliai
        [many] simbolio
       *[other] simbolių
    }, o programa priima ne daugiau kaip { $limit }
    .hint = sutrumpinkite ją arba, jei programa leidžia ilgesnę, nurodykite `summary_limit:` faile project.yaml
logo-flag-outside-period = `includes_eu_statement` taikomas 2021–2027 m. programų logotipams; pagal laikotarpio `{ $period }` taisykles ES emblema rodoma atskirai
    .hint = ištrinkite `includes_eu_statement`
logo-no-alt = programos logotipe yra ES emblema ir užrašas, todėl jam reikia `alt:` teksto kiekviena kalba
    .hint = parašykite, kas logotipe užrašyta, pavyzdžiui, `alt: { "{" } lt: "Interreg Latvija–Lietuva. Bendrai finansuoja Europos Sąjunga", … { "}" }`
project-logo-missing = programme_logo: svetainėje nėra failo /{ $logo }
    .hint = įdėkite failą į aplanką static/ (arba temos static/) arba pataisykite `src:`
indicator-no-unit = rodiklio „{ $name }“ lauke `unit:` nėra formų kalbai `{ $code }`
    .hint = po `{ $code }:` įrašykite matavimo vienetą kiekviena skaičiaus forma, pavyzdžiui, `{ $code }: { "{" } { $example } { "}" }`
indicator-unit-forms = rodiklio „{ $name }“ matavimo vienetui po `{ $code }:` trūksta { $count ->
        [one] formos
       *[other] formų
    } { $missing }
    .hint = šia kalba skaičiams reikia formų { $all } (pagal CLDR), pavyzdžiui, `{ $code }: { "{" } { $example } { "}" }`
indicator-no-target = rodiklio „{ $name }“ siektina reikšmė turi būti didesnė už 0
    .hint = įrašykite siektiną reikšmę iš projekto paraiškos
indicator-above-target = rodiklio „{ $name }“ pasiekta reikšmė { $achieved } viršija siektiną reikšmę { $target }
    .hint = patikrinkite skaičių; jei projektas tikrai viršijo tikslą, įrašykite `exceeded: true`
indicator-not-exceeded = rodiklis „{ $name }“ pažymėtas `exceeded: true`, bet pasiekta reikšmė neviršija siektinos
    .hint = ištrinkite `exceeded: true` arba pataisykite pasiektą reikšmę
indicator-date-outside = rodiklio „{ $name }“ data { $date } yra už projekto įgyvendinimo laikotarpio ribų ({ $start } – { $end })
    .hint = įrašykite datą, kada reikšmė išmatuota, projekto įgyvendinimo laikotarpiu
page-eu-words-missing = puslapio /{ $path } ES bloke nėra žodžių „{ $words }“
    .hint = laikotarpio `{ $period }` projektai šiuos žodžius rašo šalia ES emblemos puslapio kalba; palikite numatytosios temos components.html `eu_block`
page-eu-emblem-size-undeclared = puslapio /{ $path } ES emblemos plotis ir aukštis nenurodyti
    .hint = nurodykite emblemos <img> plotį ir aukštį, kad jos dydį būtų galima palyginti su kitais logotipais
page-logo-size-undeclared = puslapio /{ $path } logotipo { $logo } plotis ir aukštis nenurodyti
    .hint = nurodykite jo plotį ir aukštį (programos logotipui – `width:` ir `height:` po `programme_logo:` faile project.yaml), kad jį būtų galima palyginti su ES emblema
page-logo-larger-than-emblem = puslapio /{ $path } logotipas { $logo } yra didesnis ({ $size }) už ES emblemą ({ $emblem })
    .hint = 2021–2027 m. taisyklės reikalauja, kad ES emblema būtų bent tokio pat dydžio kaip didžiausias iš kitų logotipų – aukščiu arba pločiu; sumažinkite logotipą (`width:` ir `height:` po `programme_logo:` faile project.yaml)
what-description = projekto aprašymas
what-logo-alt = programos logotipo tekstas
what-indicator-name = rodiklio pavadinimas
init-period-chosen = Projektui taikomos dabartinio programavimo laikotarpio `{ $period }` ES taisyklės. Jei projektas finansuojamas 2014–2020 m. laikotarpiu, faile content/data/project.yaml įrašykite `period: 2014-2020` (arba sukurkite svetainę komanda `tilts init --period 2014-2020`).
init-period-given = Projektui taikomos programavimo laikotarpio `{ $period }` ES taisyklės, kaip nurodyta `period:` faile content/data/project.yaml.

## Places (#32 item 4)

yaml-tab-after-key = po `{ $key }:` yra tabuliavimo ženklas, kurio YAML čia negali perskaityti
    .hint = tabuliavimo ženklą pakeiskite tarpu; sąrašas ar laukai, priklausantys `{ $key }`, rašomi žemiau esančiose eilutėse, įtraukti tarpais
yaml-tab-here = čia yra tabuliavimo ženklas, kurio YAML šioje vietoje negali perskaityti
    .hint = tabuliavimo ženklą pakeiskite tarpais
tag-not-checked = naujienų temos netikrinamos: duomenų failuose aplanke content/data/ yra klaidų
    .hint = pirmiausia ištaisykite klaidas, nurodytas content/data/ failuose; tada temos bus patikrintos pagal tags.yaml

## CLI, serve and new files (#32 item 1)

label-note = pastaba
cli-about = Dvikalbės statinės svetainės ES finansuojamiems tarpvalstybiniams projektams
cli-about-build = Sukurti svetainę išvesties aplanke
cli-about-check = Patikrinti svetainę nieko neįrašant
cli-about-init = Sukurti naują dvikalbę pradinę svetainę naujame aplanke
cli-about-serve = Rodyti svetainę šiame kompiuteryje, perkurti ją po kiekvieno pakeitimo ir perkrauti naršyklę
cli-about-new = Sukurti naują turinį visomis kalbomis iš karto
cli-about-new-news = Naujiena: po failą kiekviena svetainės kalba, kiti pažymėti kaip neišversti juodraščiai
cli-about-new-page = Puslapis: po failą kiekviena svetainės kalba aplanke content/pages/, kiti pažymėti kaip neišversti juodraščiai
cli-about-theme = Darbas su apipavidalinimu
cli-about-theme-eject = Įrašyti įtaisytąjį apipavidalinimą į themes/default/, kad jį galėtumėte keisti (jau esantys failai paliekami)
cli-arg-news-title = Antraštė kalba, nurodyta su --lang
cli-arg-page-title = Puslapio pavadinimas kalba, nurodyta su --lang
cli-arg-news-date = Naujienos data (numatytoji: šiandien)
cli-arg-check-strict = Laikyti įspėjimus klaidomis (išėjimo kodas 2, kai yra tik įspėjimų)
cli-arg-messages = tilts pranešimų kalba: lv, lt arba en (numatytoji: pagal LC_ALL, LC_MESSAGES arba LANG)
cli-arg-root = Svetainės aplankas (su content/, i18n/, themes/)
cli-arg-drafts = Įtraukti naujienas ir puslapius, pažymėtus `draft: true`
cli-arg-safe = Pašalinti iš Markdown teksto HTML kodą valikliu
cli-arg-future = Įtraukti ateities data pažymėtas naujienas kaip suplanuotas (serve jas rodo visada)
cli-arg-expired = Įtraukti naujienas, kurių `expires:` laikas praėjo
cli-arg-port = Prievadas, kuriuo klausytis (0: bet kuris laisvas prievadas)
cli-arg-bind = Adresas, kuriuo klausytis; kiti kompiuteriai gali pasiekti bet kurį, išskyrus 127.0.0.1
cli-arg-open = Atverti svetainę numatytojoje naršyklėje
cli-arg-poll = Pačiam ieškoti pakeitimų (tinklo ir konteinerių failų sistemoms be įvykių)
cli-arg-idle-timeout = Uždaryti ryšį po tiek sekundžių be nė vieno baito nė viena kryptimi
cli-arg-output = Kur įrašyti svetainę (numatytasis: svetainės aplanko public/)
cli-arg-base-url = Naudoti šį adresą vietoj base_url iš content/site.yaml
cli-arg-strict = Laikyti įspėjimus klaidomis
cli-arg-force = Pakeisti išvesties aplanką, net jei jo nesukūrė tilts
cli-arg-quiet = Rodyti tik problemas
cli-arg-verbose = Rodyti ir tai, kas sukurta ir kiek truko kiekvienas žingsnis
cli-arg-add-words = Pridėti šio patikrinimo nežinomus žodžius į content/data/words.yaml (kiekvienai kalbai po ten esančių žodžių) peržiūrai
cli-arg-fix-typography = Atlikti saugius tipografijos taisymus pačiuose failuose (nelaužomieji tarpai, brūkšniai, kabutės, dvigubi tarpai); kiekvieno failo originalas paliekamas kaip FAILAS.bak
cli-arg-no-proofing = Praleisti korektūrą (rašybą, tipografiją, kalbą)
cli-arg-dir = Aplankas, kurį sukurti (turi būti tuščias arba neegzistuoti)
cli-arg-period = Programavimo laikotarpis, kurio ES taisyklės taikomos projektui: 2021-2027 (numatytasis) arba 2014-2020
cli-arg-folder = Aplankas po content/pages/ (adresas tampa /KALBA/APLANKAS/SLUG/)
cli-arg-lang = Kalba, kuria parašyta antraštė (numatytoji: svetainės numatytoji kalba)
cli-arg-help = Parodyti šią pagalbą
cli-arg-version = Parodyti versiją
cli-value-language = KALBA
cli-value-folder = APLANKAS
cli-value-period = LAIKOTARPIS
cli-value-title = ANTRAŠTĖ
cli-value-date = DATA
cli-value-port = PRIEVADAS
cli-value-address = ADRESAS
cli-value-seconds = SEKUNDĖS
cli-value-command = KOMANDA
cli-value-options = PARINKTYS
cli-usage = Naudojimas
cli-commands = Komandos
cli-arguments = Argumentai
cli-options = Parinktys
cli-with-default = { $help } (numatytoji reikšmė: { $default })
cli-caused-by = priežastis: { $cause }
cli-created = Sukurta { $file }
cli-eject-kept = Nepakeisti palikti jau buvę failai: { $count }.
cli-eject-done = Keiskite failus aplanke themes/default/; kiekvienas jų pakeičia to paties pavadinimo įtaisytąjį failą.
cli-init-done = Nauja svetainė sukurta aplanke { $dir }. Sukurkite ją su: tilts build --root { $dir }
cli-serve-no-site = aplanke { $dir } nėra content/site.yaml; paleiskite tilts serve svetainės aplanke arba sukurkite svetainę su tilts init APLANKAS
cli-build-done = { $count ->
    [one] Sukurtas { $count } puslapis
    [few] Sukurti { $count } puslapiai
    [many] Sukurta { $count } puslapio
   *[other] Sukurta { $count } puslapių
} ({ $languages }) aplanke { $output } per { $seconds } s
cli-build-done-warnings = { $count ->
    [one] Sukurtas { $count } puslapis
    [few] Sukurti { $count } puslapiai
    [many] Sukurta { $count } puslapio
   *[other] Sukurta { $count } puslapių
} ({ $languages }) aplanke { $output } per { $seconds } s; { $warnings }
cli-build-rendered = Iš naujo sukurta puslapių: { $rendered }, panaudota pakartotinai: { $reused }; įrašyta failų: { $files }
cli-build-progress = Kuriami puslapiai: { $done }/{ $total }
new-bad-date = `{ $value }` nėra data; rašykite ją kaip MMMM-MM-DD
new-bad-folder = `{ $folder }` negali būti interneto adreso dalis; naudokite mažąsias lotyniškas raides be diakritikos, skaitmenis ir brūkšnelius
new-unknown-language = `{ $code }` nėra šios svetainės kalba ({ $codes })
new-title-no-letters = antraštėje turi būti bent viena raidė arba skaitmuo
new-exists = { $file } jau yra; niekas neįrašyta
new-cannot-create = negalima sukurti { $file }: { $detail }
new-cannot-write = negalima įrašyti { $file }: { $detail }
new-comment-slug = Interneto adresas; jis lieka, net jei antraštė taisoma:
new-comment-summary = Vienas ar du sakiniai sąrašams ir peržiūroms:
new-comment-menu = Vieta pagrindiniame meniu (1 pirma) ir trumpesnis pavadinimas jame:
new-comment-untranslated = Neišversta: išverskite antraštę, santrauką, slug ir tekstą iš { lang-of }, tada ištrinkite `draft: true`.
init-cannot-read = negalima perskaityti { $dir }: { $detail }
init-not-empty = aplankas { $dir } nėra tuščias; pasirinkite svetainei naują aplanką
init-unknown-period = `{ $value }` nėra programavimo laikotarpis, kurio ES taisyklės žinomos; pasirinkite vieną iš šių: { $known }
init-comment-accessibility = Atitinka Komisijos įgyvendinimo sprendimo (ES) 2018/1523 pavyzdį.
init-comment-period-2021 = Projektui taikomos 2021–2027 m. programavimo laikotarpio ES taisyklės (Reglamentas (ES) 2021/1060). Jei projektas finansuojamas 2014–2020 m. laikotarpiu, rašykite `period: 2014-2020`.
init-comment-period-2014 = Projektui taikomos 2014–2020 m. programavimo laikotarpio ES taisyklės. Jei projektas finansuojamas 2021–2027 m. laikotarpiu, rašykite `period: 2021-2027`.
init-comment-fill-in = Reikia užpildyti: Reglamento (ES) 2021/1060 50 straipsnis reikalauja, kad projekto svetainėje būtų trumpas aprašymas, tikslai ir rezultatai; `tilts check` primena apie kiekvieną iš jų, kol jis neužpildytas. Ištrinkite `# ` kiekvienos toliau esančios eilutės pradžioje ir įrašykite savo tekstą:
serve-reachable = rodant svetainę adresu { $bind }, juodraštinė svetainė pasiekiama iš kitų kompiuterių; numatytasis adresas yra 127.0.0.1
serve-serving = Svetainė { $dir } rodoma adresu { $url } (Ctrl+C sustabdo)
serve-cannot-listen = negalima klausytis adresu { $address }
serve-built = Sukurta per { $ms } ms; iš naujo sukurta puslapių: { $rendered }, nepakeista: { $reused }
serve-built-early = { $built } (puslapiai rodomi po { $ms } ms)
serve-build-failed = Sukurti nepavyko; vis dar rodoma paskutinė gera versija.
serve-port-busy = prievadas { $port } adresu { $bind } jau užimtas (kitas tilts serve ar kita programa); bandykite --port { $free } (dabar laisvas) arba --port 0, kad tilts pats parinktų laisvą prievadą
serve-port-busy-none = prievadas { $port } adresu { $bind } jau užimtas (kitas tilts serve ar kita programa); bandykite --port 0, kad tilts pats parinktų laisvą prievadą
serve-no-browser = naršyklės atverti nepavyko; atverkite { $url }
serve-overlay-title = Paskutinio pakeitimo sukurti nepavyko. Puslapyje rodoma paskutinė gera versija.
serve-overlay-close = Uždaryti
serve-not-found = Nerasta
serve-bad-request = Neteisinga užklausa
serve-failed-title = Sukurti nepavyko
serve-failed-heading = Svetainės dar nepavyko sukurti
serve-failed-text = Problemos išvardytos čia ir terminale.
serve-wrong-host = tilts serve atsako tik adresams localhost, 127.0.0.1, [::1] arba adresui, kuriuo klausosi ({ $bind }), o ne { $host }.
site-folder-unopened = svetainės aplanko { $dir } negalima atverti: { $detail }; nurodykite aplanką su content/site.yaml per --root arba paleiskite tilts jame
site-folder-is-file = svetainės aplankas { $dir } yra failas, o ne aplankas; nurodykite aplanką su content/site.yaml per --root
file-cannot-write = negalima įrašyti { $file }
file-cannot-create = negalima sukurti { $file }
serve-stopped = interneto serveris sustojo
cli-bad-language = tilts kalba latviškai (lv), lietuviškai (lt) ir angliškai (en), ne `{ $value }`
cli-phase-read = skaitymas
cli-phase-assemble = sudėjimas
cli-phase-checks = patikros
cli-phase-photos = nuotraukos
cli-phase-render = puslapiai
cli-phase-publish = srautai, svetainės žemėlapis, paieška
cli-phase-static = statiniai failai
config-language-twice = kalba `{ $code }` nurodyta du kartus
    .hint = skyriuje languages: palikite po vieną įrašą kiekvienai kalbai
config-no-languages = nenurodyta nė viena kalba
    .hint = išvardykite svetainės kalbas skyriuje languages: (žr. README.md)
config-default-language-unknown = default_language `{ $value }` nėra nė viena iš nurodytų kalbų
    .hint = naudokite vieną iš šių: { $codes }
config-language-code-bad = kalbos kodas `{ $code }` nėra dviejų ar trijų raidžių kodas
    .hint = naudokite ISO 639 kodus, pavyzdžiui, lv, lt, en
config-locale-bad = `{ $value }` nėra lokalės kodas
    .hint = naudokite CLDR kodą, pavyzdžiui, lv-LV arba lt-LT
config-section-bad = skyriaus pavadinimo `{ $value }` negalima naudoti interneto adrese
    .hint = naudokite mažąsias lotyniškas raides be diakritikos, skaitmenis ir brūkšnelius, pvz., naujienos (ne con, nul, com1 ar kitą pavadinimą, kurį Windows laiko įrenginiams)
config-unreadable = svetainės konfigūracijos negalima perskaityti: { $detail }
    .hint = ar tai svetainės aplankas? `tilts init APLANKAS` sukuria naują svetainę
config-theme-name-bad = apipavidalinimo pavadinimas `{ $value }` turi būti paprastas aplanko pavadinimas
    .hint = įrašykite aplanko iš themes/ pavadinimą arba ištrinkite eilutę, kad būtų naudojamas įtaisytasis apipavidalinimas
config-news-per-page-zero = news_per_page turi būti bent 1
    .hint = įrašykite, kiek naujienų rodo vienas sąrašo puslapis, pvz., news_per_page: 10
config-photo-widths-bad = photo_widths turi išvardyti pločius nuo 16 iki 4000 pikselių
    .hint = pavyzdžiui, photo_widths: [360, 720, 1080, 1600]
config-site-file-bad = { $key } `{ $value }` turi būti kelias, pavyzdžiui, /images/logo.png
    .hint = įdėkite failą į static/ ir įrašykite jo kelią nuo ten
config-timezone-bad = `{ $value }` nėra laiko juosta
    .hint = naudokite IANA pavadinimą, pavyzdžiui, Europe/Riga arba Europe/Vilnius
config-quotes-bad = quotes turi nurodyti lygiai du ženklus: atidarančiąsias ir uždarančiąsias kabutes
    .hint = rašykite jas kaip quotes: ["«", "»"] arba ištrinkite eilutę, kad būtų naudojamos įprastos kalbos kabutės
file-cannot-replace = negalima pakeisti { $file }
folder-cannot-create = negalima sukurti aplanko { $file }
file-cannot-move = negalima perkelti { $file } į { $to }
file-cannot-remove = negalima ištrinti { $file }
file-cannot-read = negalima perskaityti { $file }
output-is-site = išvesties aplankas { $output } yra svetainės aplankas { $root }; kuriant svetainę visas išvesties aplankas pakeičiamas, todėl būtų ištrinti svetainės šaltinių failai. Pasirinkite atskirą aplanką, pavyzdžiui, { $suggestion }
output-contains-site = išvesties aplanke { $output } yra svetainės aplankas { $root }; kuriant svetainę visas išvesties aplankas pakeičiamas, todėl būtų ištrinti svetainės šaltinių failai. Pasirinkite atskirą aplanką, pavyzdžiui, { $suggestion }
output-in-sources = išvesties aplankas { $output } yra svetainės aplanko { $root } poaplankyje { $folder }/; kuriant svetainę visas išvesties aplankas pakeičiamas, todėl būtų ištrinti svetainės šaltinių failai. Pasirinkite atskirą aplanką, pavyzdžiui, { $suggestion }
output-in-repository = išvesties aplankas { $output } yra svetainės aplanko { $root } saugyklos aplanke { $git }; kuriant svetainę visas išvesties aplankas pakeičiamas, todėl būtų ištrinti svetainės šaltinių failai. Pasirinkite atskirą aplanką, pavyzdžiui, { $suggestion }
output-link-broken = išvestis { $output } yra nuoroda į vietą, kurios negalima atverti; sukurkite jos tikslą arba ištrinkite nuorodą
output-link-loop = išvestis { $output } eina per per daug nuorodų (nuorodų ciklas?); nurodykite aplanką be jų
output-link-unreadable = nuorodos { $link } negalima perskaityti: { $detail }
output-is-file = išvestis { $output } yra failas, o ne aplankas
output-not-ours = { $output } nėra tuščias ir jo nesukūrė tilts; pasirinkite kitą --output aplanką arba nurodykite --force, kad jį pakeistumėte
output-no-staging = negalima sukurti laikinojo aplanko aplanke { $folder }
output-lock-unopened = negalima atverti užrakto failo { $file }
output-waiting = Kitas tilts kūrimas rašo į { $output }; laukiama, kol jis baigsis…
output-cannot-lock = negalima užrakinti { $file }
output-not-found = negalima rasti išvesties aplanko { $file }
output-not-written = svetainės įrašyti nepavyko: { $detail }; niekas nepaskelbta ir { $output } nepakeistas
proof-cannot-keep-original = negalima išsaugoti originalo kaip { $file }
words-not-utf8 = { $file } nėra UTF-8 tekstas
words-comment = Žodžiai, kuriuos rašybos tikrinimas priima, pagal kalbas (`all`: visomis kalbomis). `Žodis*` priima bet kokią galūnę. Žr. README.md.
output-marker = Šį aplanką rašo tilts build; jis pakeičiamas per kiekvieną kūrimą.
output-two-files = į { $path } būtų įrašyti du failai
output-cannot-copy = negalima nukopijuoti { $file } į { $to }: { $detail }
output-unsafe-path = `{ $path }` nėra saugus išvesties kelias
file-cannot-read-because = negalima perskaityti { $file }: { $detail }
size-more-than = daugiau nei { $size }
cli-error-hint = tilts --help (arba tilts KOMANDA --help) parodo, ką galima nurodyti
cli-error-unknown-argument = { $arg } nėra šios komandos parinktis
cli-error-unknown-command = { $command } nėra tilts komanda
cli-error-missing = reikia nurodyti { $arg }
cli-error-missing-command = reikia nurodyti komandą (build, check, init, serve, new arba theme)
cli-error-conflict = { $arg } negalima nurodyti kartu su { $other }
cli-error-value = `{ $value }` nėra reikšmė, kurią galima nurodyti { $arg }
cli-error-value-why = `{ $value }` nėra reikšmė, kurią galima nurodyti { $arg }: { $why }
cli-error-other = komandinės eilutės negalima perskaityti ({ $detail })
theme-not-found = apipavidalinimas `{ $name }` aplanke themes/ nerastas
    .hint = sukurkite aplanką themes/{ $name }/ arba naudokite theme: default
theme-symlink = simbolinių nuorodų nesekama
    .hint = nukopijuokite failą į aplanką, užuot kūrę į jį nuorodą
static-takes-generated = šis statinis failas užimtų /{ $path } vietą, kurią tilts kuria iš svetainės turinio
    .hint = pervadinkite arba perkelkite { $file }; /{ $path } kuriamas per kiekvieną kūrimą
ui-strings-unreadable = sąsajos tekstų negalima perskaityti: { $detail }
    .hint = kiekvienai nurodytai kalbai reikia savo .ftl failo
ui-syntax = Fluent sintaksės klaida: { $detail }
    .hint = sintaksę žr. https://projectfluent.org/fluent/guide/
ui-defined-twice = { $detail }
    .hint = kiekvieną pranešimo id galima apibrėžti tik kartą
ui-too-deep = čia įterpiniai įdėti giliau nei { $max } lygiais
    .hint = pranešimui {"{"} {"}"} viduje {"{"} {"}"} reikia tik kelių lygių; ištrinkite nereikalingus skliaustus
ui-refers-to-itself = pranešimas `{ $id }` nurodo pats save: { $id } → { $path }
    .hint = pranešimas gali naudoti kitus pranešimus, bet ne tokį, kuris veda atgal į jį
site-file-io = failo negalima perskaityti: { $detail }
site-file-outside = failas yra nuoroda į vietą už svetainės aplanko ribų, kurios tilts neseka
site-file-not-a-file = tai yra { $kind }, o ne failas; tilts skaito tik įprastus failus (ištrinkite jį arba perkelkite už svetainės aplanko ribų)
site-file-too-large = failas per didelis ({ $size }); tilts skaito failus iki { $limit }
kind-fifo = įvardytas kanalas (FIFO)
kind-socket = lizdas (socket)
kind-device = įrenginys
kind-folder = aplankas
kind-link = nuoroda
kind-special = specialus failas
cli-about-help = Parodyti šią pagalbą arba nurodytos komandos pagalbą

## Translations in step (#32 item 6)

step-source-changed = tekstas { lang-in } ({ $source }) pakeistas po to, kai { DATE($date) } buvo padarytas šis vertimas: { $changes }
    .hint = peržiūrėkite vertimą pagal šį tekstą, tada paleiskite `tilts check --mark-translated { $file }`
step-source-changed-undated = tekstas { lang-in } ({ $source }) pakeistas po to, kai buvo padarytas šis vertimas: { $changes }
    .hint = peržiūrėkite vertimą pagal šį tekstą, tada paleiskite `tilts check --mark-translated { $file }`
step-changes-unknown = versija, iš kurios jis išverstas, aplanke content/translated-from/ neišsaugota, todėl negalima parodyti, kas pakeista
step-list = { $list }, { $item }
step-title-changed = pakeista antraštė
step-summary-changed = pakeista santrauka
step-paragraphs-added = { $count ->
        [one] pridėta { $count } pastraipa
        [few] pridėtos { $count } pastraipos
        [many] pridėta { $count } pastraipos
       *[other] pridėta { $count } pastraipų
    }
step-paragraphs-removed = { $count ->
        [one] išbraukta { $count } pastraipa
        [few] išbrauktos { $count } pastraipos
        [many] išbraukta { $count } pastraipos
       *[other] išbraukta { $count } pastraipų
    }
step-paragraphs-changed = { $count ->
        [one] pakeista { $count } pastraipa
        [few] pakeistos { $count } pastraipos
        [many] pakeista { $count } pastraipos
       *[other] pakeista { $count } pastraipų
    }
step-bad-value = `translated_from:` nėra versija, kurią įrašė tilts: { $value }
    .hint = kai vertimas bus atnaujintas, paleiskite `tilts check --mark-translated` su šio failo pavadinimu: laukas bus įrašytas iš naujo
step-marked = { $file }: pažymėtas kaip { $source } versijos { $version } vertimas
step-already-marked = { $file } jau pažymėtas kaip dabartinės { $source } versijos vertimas
step-mark-not-found = { $file } nėra šios svetainės naujiena ar puslapis, kurį tilts galėtų perskaityti
step-mark-is-source = { $file } yra pats tekstas { lang-in }, iš kurio verčiama į kitas kalbas; pažymėkite vieną iš jo vertimų
step-mark-no-source = { $file } neturi versijos { lang-in }, iš kurios jis galėtų būti išverstas
step-comment-translated-from = Teksto { lang-in } versija, iš kurios padarytas šis vertimas: baigę versti, paleiskite tilts check --mark-translated su šio failo pavadinimu.
table-outdated = PERŽIŪRĖTI
table-outdated-note = PERŽIŪRĖTI: tekstas numatytąja svetainės kalba pakeistas po to, kai buvo padarytas vertimas.
cli-arg-mark-translated = Pažymėti, kad FILE (vertimas) atitinka tekstą numatytąja svetainės kalba (tada check nebesako, kad tekstas pakeistas)
cli-value-file = FAILAS

## Proofreading in serve (#32 item 5)

serve-proof-title = Rašyba ir tipografija šiame puslapyje
serve-proof-count = { $count ->
    [one] { $count } pastaba
    [few] { $count } pastabos
    [many] { $count } pastabos
   *[other] { $count } pastabų
}
serve-proof-close = Uždaryti
