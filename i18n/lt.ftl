# Lietuviški sąsajos tekstai. Daugiskaitos formas parenka CLDR taisyklės
# (ICU4X): one = 1, 21, 31, …; few = 2–9, 22–29, …; many = trupmenos;
# other = 0, 10–20, 30, …, 111.

skip-to-content = Pereiti prie turinio
eu-name = Europos Sąjunga
eu-emblem-alt = Europos Sąjungos vėliava
nav-label = Pagrindinis meniu
language-switcher-label = Kalba
no-translation = (vertimo nėra, atsidaro pradžios puslapis)
nav-home = Pradžia
nav-news = Naujienos
nav-partners = Partneriai
nav-budget = Biudžetas
pagination-label = Puslapiai
prev-page = Ankstesnis puslapis
next-page = Kitas puslapis
page-of = { $current } puslapis iš { $total }
published = Paskelbta
back-to-news = Grįžti į naujienas
latest-news = Naujausios žinios
all-news = Visos naujienos ({ $count })
news-count = { $count ->
    [one] { $count } naujiena
    [few] { $count } naujienos
    [many] { $count } naujienos
   *[other] { $count } naujienų
}
key-figures = Projektas skaičiais
budget-total = Bendras biudžetas
budget-erdf = { $fund } finansavimas
budget-own = Partnerių bendrasis finansavimas
budget-rate = Programos bendrojo finansavimo norma
budget-partner = Partneris
budget-partners-caption = Partnerių biudžetai
budget-cost-lines = { $partner }: išlaidų eilutės
budget-chart-title = Biudžeto pasiskirstymas pagal finansavimo šaltinį
budget-chart-desc = { $fund } finansavimo ir partnerių bendrojo finansavimo dalis
period = Įgyvendinimo laikotarpis
target = Tikslas
target-people = { $count ->
    [one] ne mažiau kaip { $count } žmogus
    [few] ne mažiau kaip { $count } žmonės
    [many] ne mažiau kaip { $count } žmogaus
   *[other] ne mažiau kaip { $count } žmonių
}
aims = Projekto tikslai
partners-count = { $count ->
    [one] { $count } partneris
    [few] { $count } partneriai
    [many] { $count } partnerio
   *[other] { $count } partnerių
}
partners-intro = Projekte bendradarbiauja { $count ->
    [one] { $count } partneris
    [few] { $count } partneriai
    [many] { $count } partnerio
   *[other] { $count } partnerių
} iš Latvijos ir Lietuvos.
lead-partner = Pagrindinis partneris
country-LV = Latvija
country-LT = Lietuva
partners-map-title = Partneriai žemėlapyje
partners-map-desc = Žemėlapis su { $count ->
    [one] { $count } partnerio
    [few] { $count } partnerių
    [many] { $count } partnerio
   *[other] { $count } partnerių
} vietomis; visi partneriai išvardyti sąraše virš žemėlapio.
footer-disclaimer = Interneto svetainė sukurta finansiškai remiant Europos Sąjungai. Už jos turinį atsako projekto partneriai, ir jis jokiomis aplinkybėmis negali būti laikomas oficialia Europos Sąjungos nuomone.
accessibility-statement = Pareiškimas dėl prieinamumo
not-found-title = Puslapis nerastas
not-found-text = Tokio puslapio šioje svetainėje nėra. Galbūt adresas pasikeitė arba jame yra klaida.
back-home = Į pradžios puslapį
