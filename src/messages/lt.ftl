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

## YAML klaidos (antraštinėje dalyje ir duomenų failuose)

yaml-colon-in-value = lauko `{ $key }` reikšmėje yra „: “, kurį YAML supranta kaip naujo lauko pradžią
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
yaml-item-indent = šis sąrašo elementas įtrauktas { $found }, o sąrašas, kuriam jis priklauso, — { $expected }
    .hint = visų sąrašo elementų ženklą - pradėkite tame pačiame stulpelyje
yaml-item-not-pair = šis sąrašo elementas yra tik tekstas, o šio sąrašo elementai yra laukai `pavadinimas: reikšmė` (kaip elementas { $first } eilutėje)
    .hint = elementą parašykite kaip ir kitus, pavyzdžiui, `- id: ...` su kitais laukais po juo
yaml-line-not-pair = ši eilutė nėra laukas `pavadinimas: reikšmė`
    .hint = prieš tekstą parašykite lauko pavadinimą, dvitaškį ir tarpą (pvz., `title: ...`) arba, jei tekstas tęsia ankstesnę eilutę, įtraukite jį daugiau nei lauką, kuriam jis priklauso
yaml-duplicate-key = `{ $key }` čia nurodytas du kartus; pirmą kartą jis nurodytas { $first } eilutėje
    .hint = palikite vieną iš dviejų eilučių, o kitą ištrinkite
yaml-unknown-field = `{ $field }` čia nėra tilts žinomas laukas
    .hint = patikrinkite rašybą (čia esantys laukai: { $expected }) arba ištrinkite eilutę
yaml-unknown-field-any = `{ $field }` čia nėra tilts žinomas laukas
    .hint = patikrinkite lauko pavadinimo rašybą arba ištrinkite eilutę
yaml-missing-field = čia trūksta lauko `{ $field }`
    .hint = šiam įrašui pridėkite eilutę `{ $field }: ...`, įtrauktą taip pat kaip kiti jo laukai
yaml-unknown-value = `{ $value }` nėra nė viena iš čia leidžiamų reikšmių
    .hint = naudokite vieną iš šių: { $expected }
yaml-wrong-type = čia reikšmė ne tokios rūšies, kokios tikimasi ({ $detail })
    .hint = palyginkite su pavyzdžiu README.md: tekstas, skaičius, sąrašas (eilutės, prasidedančios -) arba laukai (eilutės `pavadinimas: reikšmė`)
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
