# Latviešu saskarnes teksti. Daudzskaitļa formas izvēlas pēc CLDR noteikumiem
# (ICU4X): zero = 0, 10–20, 30, …, 111; one = 1, 21, 31, …, 101; other = pārējie.

skip-to-content = Pāriet uz saturu
eu-emblem-alt = Eiropas Savienības karogs
nav-label = Galvenā izvēlne
nav-menu = Izvēlne
language-switcher-label = Valoda
no-translation = (tulkojuma nav, atveras sākumlapa)
nav-home = Sākums
nav-news = Jaunumi
nav-partners = Partneri
nav-budget = Budžets
pagination-label = Lapas
prev-page = Iepriekšējā lapa
next-page = Nākamā lapa
page-number = { $number }. lapa
page-of = { $current }. lapa no { $total }
published = Publicēts
# Before the date of an item shown ahead of its time (serve, --future):
# "Tiks publicēts 2031. gada 4. janvārī" (the date in the locative).
scheduled = Tiks publicēts
# Before the date of `updated:` ("Atjaunināts 2018. gada 20. maijā").
updated = Atjaunināts
back-to-news = Atpakaļ uz jaunumiem
latest-news = Jaunākās ziņas
all-news = Visi jaunumi ({ $count })
# Topics (tags.yaml): the index, a topic's page ("Tēma: Jaunieši"), the
# line under an item.
tags-title = Tēmas
tag-title = Tēma: { $name }
tags-of-item = Tēmas:
news-count = { $count ->
    [zero] { $count } ziņu
    [one] { $count } ziņa
   *[other] { $count } ziņas
}
key-figures = Projekts skaitļos
budget-total = Kopējais budžets
budget-erdf = { $fund } finansējums
budget-own = Partneru līdzfinansējums
budget-rate = Programmas līdzfinansējuma likme
budget-partner = Partneris
budget-partners-caption = Partneru budžeti
budget-partners-coverage = { $shown ->
    [one] Tabulā parādīts { $shown } no { $total } partneru budžetiem, kopā { $sum }.
   *[other] Tabulā parādīti { $shown } no { $total } partneru budžetiem, kopā { $sum }.
}
budget-cost-lines = { $partner }: izmaksu pozīcijas
budget-chart-title = Budžeta sadalījums pēc finansējuma avota
budget-chart-desc = { $fund } finansējuma un partneru līdzfinansējuma daļa
period = Īstenošanas laiks
target = Mērķis
target-people = { $count ->
    [zero] vismaz { $count } cilvēku
    [one] vismaz { $count } cilvēks
   *[other] vismaz { $count } cilvēki
}
aims = Projekta mērķi
partners-count = { $count ->
    [zero] { $count } partneru
    [one] { $count } partneris
   *[other] { $count } partneri
}
partners-intro = Projektā sadarbojas { $count ->
    [zero] { $count } partneru
    [one] { $count } partneris
   *[other] { $count } partneri
} no Latvijas un Lietuvas.
lead-partner = Vadošais partneris
country-LV = Latvija
country-LT = Lietuva
country-EE = Igaunija
country-BY = Baltkrievija
country-RU = Krievija
country-PL = Polija
map-sea = Baltijas jūra
map-legend-lead = Vadošais partneris
map-legend-partner = Partneris
map-attribution = Robežas: Natural Earth (publiskais īpašums)
partners-map-title = Partneri kartē
partners-map-desc = { $count ->
    [one] Karte ar { $count } partnera atrašanās vietu; visi partneri uzskaitīti sarakstā virs kartes.
   *[other] Karte ar { $count } partneru atrašanās vietām; visi partneri uzskaitīti sarakstā virs kartes.
}
footer-contact = Kontakti
footer-disclaimer = Tīmekļa vietne izveidota ar Eiropas Savienības finansiālu atbalstu. Par tās saturu atbild projekta partneri, un tas nekādā gadījumā nav uzskatāms par Eiropas Savienības oficiālo viedokli.
accessibility-statement = Paziņojums par piekļūstamību
not-found-title = Lapa nav atrasta
not-found-text = Šādas lapas šajā vietnē nav. Iespējams, adrese ir mainījusies vai tajā ir kļūda.
# An old address of a page (aliases:): "The page has moved. It is now here: …"
moved-title = Lapa ir pārvietota
moved-text = Tā tagad atrodama šeit:
back-home = Uz sākumlapu
a11y-intro = { $body } apņemas nodrošināt šīs tīmekļa vietnes piekļūstamību saskaņā ar { $legislation }. Paziņojums attiecas uz vietni { $site }.
a11y-status-heading = Atbilstības statuss
a11y-status = { $status ->
    [full] Vietne pilnībā atbilst standartam { $standard }.
    [partial] Vietne daļēji atbilst standartam { $standard }; neatbilstības ir uzskaitītas turpmāk.
   *[not_compliant] Vietne neatbilst standartam { $standard }.
}
a11y-non-accessible-heading = Nepiekļūstams saturs
a11y-non-accessible-intro = Turpmāk minētais saturs nav piekļūstams šādu iemeslu dēļ.
a11y-non-compliance = Neatbilstība prasībām
a11y-burden = Nesamērīgs slogs
a11y-out-of-scope = Saturs, uz kuru neattiecas piemērojamie tiesību akti
a11y-preparation-heading = Paziņojuma sagatavošana
a11y-prepared = Sagatavošanas datums: { $date }
a11y-reviewed = Pēdējās pārskatīšanas datums: { $date }
a11y-method = Novērtēšanas metode:
a11y-feedback-heading = Atsauksmes un kontaktinformācija
a11y-feedback = Ja pamanāt piekļūstamības problēmu vai jums informācija vajadzīga citā formātā, lūdzu, sazinieties.
a11y-contact = Kontaktpersona vai iestāde
a11y-email = E-pasts
a11y-phone = Tālrunis
a11y-website = Tīmekļa vietne
a11y-enforcement-heading = Izpildes panākšanas procedūra
a11y-enforcement = Ja atbilde uz jūsu ziņojumu vai pieprasījumu jūs neapmierina, varat vērsties pie:
nav-events = Pasākumi
nav-search = Meklēt
events-upcoming = Gaidāmie pasākumi
events-past = Notikušie pasākumi
events-none-upcoming = Pašlaik nav gaidāmu pasākumu.
events-none-past = Notikušu pasākumu vēl nav.
event-heading = Pasākums
event-when = Kad
event-where = Kur
event-add-to-calendar = Pievienot kalendāram (.ics)
# When an event happens, as the answer to "Kad?": the date in the locative
# ("2018. gada 16. maijā") and the time after "plkst." (CLDR time HH:mm).
event-at = { $date } plkst. { $time }
event-at-range = { $date } plkst. { $start }–{ $end }
event-span = { $from } – { $to }
search-label = Meklējamie vārdi
search-button = Meklēt
search-results = Atrasts:
search-none = Nekas netika atrasts.
search-more = Rādīt vairāk rezultātu
search-noscript = Meklēšanai vajadzīgs JavaScript. Visas ziņas ir atrodamas sadaļā “Jaunumi”.
gallery-heading = Fotogalerija
video-notice = Video atrodas vietnē { $host }. Atskaņojot to šeit, tiks ielādēts saturs no { $host }, kas var saglabāt sīkdatnes.
video-transcript = Teksta atšifrējums

## The project under the 2021–2027 rules (Article 50 of Regulation (EU) 2021/1060)
operation-heading = Par projektu īsumā
eu-support = Eiropas Savienības finansējums projektam ir { $amount } jeb { $share } no projekta kopējā budžeta.
eu-support-amount = Eiropas Savienības finansējums projektam ir { $amount }.
results-expected = Plānotie rezultāti
results-achieved = Sasniegtie rezultāti
indicators-heading = Projekta rādītāji
indicator = Rādītājs
indicator-target = Mērķa vērtība
indicator-achieved = Sasniegtā vērtība
indicator-progress = Izpilde
indicator-as-of = stāvoklis
indicator-exceeded = mērķis pārsniegts

## Reading aloud with the browser's own voice (news items and pages)
read-aloud = Lasīt skaļi
read-aloud-pause = Pauze
read-aloud-resume = Turpināt
read-aloud-stop = Apturēt
