# Lietuviški sąsajos tekstai. Daugiskaitos formas parenka CLDR taisyklės
# (ICU4X): one = 1, 21, 31, …; few = 2–9, 22–29, …; many = trupmenos;
# other = 0, 10–20, 30, …, 111.

skip-to-content = Pereiti prie turinio
eu-emblem-alt = Europos Sąjungos vėliava
nav-label = Pagrindinis meniu
nav-menu = Meniu
language-switcher-label = Kalba
no-translation = (vertimo nėra, atsidaro pradžios puslapis)
nav-home = Pradžia
nav-news = Naujienos
nav-partners = Partneriai
nav-budget = Biudžetas
pagination-label = Puslapiai
prev-page = Ankstesnis puslapis
next-page = Kitas puslapis
page-number = { $number } puslapis
page-of = Puslapis { $current } iš { $total }
published = Paskelbta
# Before the date of an item shown ahead of its time (serve, --future):
# "Bus paskelbta 2031 m. sausio 4 d." (naujiena: feminine).
scheduled = Bus paskelbta
# Before the date of `updated:` ("Atnaujinta 2018 m. gegužės 20 d.").
updated = Atnaujinta
back-to-news = Grįžti į naujienas
latest-news = Naujausios žinios
all-news = Visos naujienos ({ $count })
# Topics (tags.yaml): the index, a topic's page ("Tema: Jaunimas"), the
# line under an item.
tags-title = Temos
tag-title = Tema: { $name }
tags-of-item = Temos:
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
budget-partners-coverage = { $shown ->
    [one] Lentelėje rodomas { $shown } iš { $total } partnerių biudžetų, iš viso { $sum }.
    [few] Lentelėje rodomi { $shown } iš { $total } partnerių biudžetų, iš viso { $sum }.
   *[other] Lentelėje rodoma { $shown } iš { $total } partnerių biudžetų, iš viso { $sum }.
}
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
country-EE = Estija
country-BY = Baltarusija
country-RU = Rusija
country-PL = Lenkija
map-sea = Baltijos jūra
map-legend-lead = Pagrindinis partneris
map-legend-partner = Partneris
map-attribution = Sienos: Natural Earth (vieša nuosavybė)
partners-map-title = Partneriai žemėlapyje
partners-map-desc = { $count ->
    [one] Žemėlapis su { $count } partnerio vieta; visi partneriai išvardyti sąraše virš žemėlapio.
    [few] Žemėlapis su { $count } partnerių vietomis; visi partneriai išvardyti sąraše virš žemėlapio.
    [many] Žemėlapis su { $count } partnerio vietomis; visi partneriai išvardyti sąraše virš žemėlapio.
   *[other] Žemėlapis su { $count } partnerių vietomis; visi partneriai išvardyti sąraše virš žemėlapio.
}
footer-contact = Kontaktai
footer-disclaimer = Interneto svetainė sukurta finansiškai remiant Europos Sąjungai. Už jos turinį atsako projekto partneriai ir jis jokiomis aplinkybėmis negali būti laikomas oficialia Europos Sąjungos nuomone.
accessibility-statement = Pareiškimas dėl prieinamumo
not-found-title = Puslapis nerastas
not-found-text = Tokio puslapio šioje svetainėje nėra. Galbūt adresas pasikeitė arba jame yra klaida.
# An old address of a page (aliases:): "The page has moved. It is now here: …"
moved-title = Puslapis perkeltas
moved-text = Dabar jį rasite čia:
back-home = Į pradžios puslapį
a11y-intro = { $body } įsipareigoja užtikrinti šios interneto svetainės prieinamumą pagal { $legislation }. Pareiškimas taikomas svetainei { $site }.
a11y-status-heading = Atitikties būsena
a11y-status = { $status ->
    [full] Svetainė visiškai atitinka standartą { $standard }.
    [partial] Svetainė iš dalies atitinka standartą { $standard }; neatitiktys išvardytos toliau.
   *[not_compliant] Svetainė neatitinka standarto { $standard }.
}
a11y-non-accessible-heading = Neprieinamas turinys
a11y-non-accessible-intro = Toliau nurodytas turinys neprieinamas dėl šių priežasčių.
a11y-non-compliance = Neatitiktis reikalavimams
a11y-burden = Neproporcinga našta
a11y-out-of-scope = Turinys, kuriam netaikomi taikytini teisės aktai
a11y-preparation-heading = Pareiškimo parengimas
a11y-prepared = Parengimo data: { $date }
a11y-reviewed = Paskutinės peržiūros data: { $date }
a11y-method = Vertinimo metodas:
a11y-feedback-heading = Atsiliepimai ir kontaktinė informacija
a11y-feedback = Jei pastebėjote prieinamumo problemą arba informacijos jums reikia kitu formatu, susisiekite.
a11y-contact = Kontaktinis asmuo ar įstaiga
a11y-email = El. paštas
a11y-phone = Telefonas
a11y-website = Interneto svetainė
a11y-enforcement-heading = Vykdymo užtikrinimo procedūra
a11y-enforcement = Jei atsakymas į jūsų pranešimą ar prašymą jūsų netenkina, galite kreiptis į:
nav-events = Renginiai
nav-search = Paieška
events-upcoming = Būsimi renginiai
events-past = Įvykę renginiai
events-none-upcoming = Šiuo metu būsimų renginių nėra.
events-none-past = Įvykusių renginių dar nėra.
event-heading = Renginys
event-when = Kada
event-where = Kur
event-add-to-calendar = Pridėti į kalendorių (.ics)
# When an event happens: the CLDR long date ("2018 m. gegužės 16 d."), then
# the time (CLDR HH:mm) with "val.", as Lithuanian announcements write it.
event-at = { $date } { $time } val.
event-at-range = { $date } { $start }–{ $end } val.
event-span = { $from } – { $to }
search-label = Paieškos žodžiai
search-button = Ieškoti
search-results = Rasta:
search-none = Nieko nerasta.
search-more = Rodyti daugiau rezultatų
search-noscript = Paieškai reikia JavaScript. Visos naujienos pateiktos skiltyje „Naujienos“.
gallery-heading = Nuotraukų galerija
video-notice = Vaizdo įrašas yra svetainėje { $host }. Paleidus jį čia, bus įkeltas turinys iš { $host }, kuris gali įrašyti slapukus.
video-transcript = Teksto nuorašas

## The project under the 2021–2027 rules (Article 50 of Regulation (EU) 2021/1060)
operation-heading = Trumpai apie projektą
eu-support = Europos Sąjungos parama projektui – { $amount }, t. y. { $share } viso projekto biudžeto.
eu-support-amount = Europos Sąjungos parama projektui – { $amount }.
results-expected = Numatomi rezultatai
results-achieved = Pasiekti rezultatai
indicators-heading = Projekto rodikliai
indicator = Rodiklis
indicator-target = Siektina reikšmė
indicator-achieved = Pasiekta reikšmė
indicator-progress = Įvykdymas
indicator-as-of = išmatuota
indicator-exceeded = tikslas viršytas

## Reading aloud with the browser's own voice (news items and pages)
read-aloud = Skaityti garsiai
read-aloud-pause = Pristabdyti
read-aloud-resume = Tęsti
read-aloud-stop = Sustabdyti
