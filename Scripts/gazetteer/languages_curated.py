# Hand-written additions to the CLDR names for the per-language gazetteers (written for geotone,
# reviewed by hand). One string per country: entries separated by ' | ', each `k:form` where k is the
# kind: n name, a abbreviation, d demonym, c capital, y city, p place, s seat, r region.
# A `*` at the end of a word matches any ending (a stem; see Documentation/Detection.md for the
# minimum stem length per language); `~` at the end of an Arabic word expands to the nisba forms
# (-ي -ية -يون -يين). Region targets use the ids of regions.tsv / groups.tsv.

CURATED = {
'es': {
 'US': 'd:estadounidens* | d:norteamerican* | a:EEUU | a:EE.UU | a:EE. UU. | a:EUA | c:Washington | s:Casa Blanca | y:Nueva York | p:Pensilvania | p:Misisipi | p:Luisiana | p:Virginia Occidental | p:Carolina del Sur | p:Carolina del Norte | p:Nuevo México | p:Hawái | p:Silicon Valley | s:Departamento de Estado | s:Pentágono',
 'GB': 'd:británic* | d:inglés | d:inglesa* | d:ingleses | d:escocés | d:escocesa* | d:escoceses | d:galés | d:galesa* | d:galeses | d:norirlandés | p:Escocia | p:Gales | p:Inglaterra | p:Irlanda del Norte | n:Gran Bretaña | n:Gran Bretana | y:Londres | y:Edimburgo',
 'CN': 'd:chin* | c:Pekín | c:Beijing | y:Shanghái',
 'ID': 'd:indonesi* | p:Célebes | p:Sumatra | p:Sulawesi',
 'KP': 'd:norcorean* | c:Pyongyang | c:Pionyang',
 'KR': 'd:surcorean* | c:Seúl',
 'DE': 'd:alemán | d:alemana* | d:alemanes | y:Colonia | y:Múnich | y:Hamburgo',
 'MX': 'd:mexican* | d:mejican*', 'RU': 'd:rus* | s:Kremlin | c:Moscú', 'MK': 'd:macedoni*', 'SY': 'd:siri*',
 'BO': 'd:bolivian*', 'ES': 'd:español* | d:española* | p:Cataluña', 'FR': 'd:francés | d:francesa* | d:franceses',
 'TR': 'd:turc*', 'SG': 'd:singapurens*', 'CL': 'd:chilen*', 'SV': 'd:salvadoreñ*', 'GR': 'd:grieg* | c:Atenas',
 'PA': 'd:panameñ*', 'NL': 'd:holandés | d:holandesa* | d:holandeses | d:neerlandés | d:neerlandesa* | c:La Haya',
 'JP': 'd:japonés | d:japonesa* | d:japoneses | d:nipón | d:nipona* | d:nipones', 'IT': 'd:italian* | y:Nápoles',
 'DO': 'd:dominican*', 'DK': 'd:danés | d:danesa* | d:daneses', 'BE': 'd:belga* | c:Bruselas',
 'AT': 'd:austriac* | d:austríac* | c:Viena', 'IR': 'd:iraní | d:iraníes', 'IQ': 'd:iraquí | d:iraquíes',
 'IE': 'd:irlandés | d:irlandesa* | d:irlandeses', 'CA': 'd:canadiens*', 'AU': 'd:australian*', 'AR': 'd:argentin*',
 'UA': 'd:ucranian* | c:Kiev', 'IL': 'd:israelí | d:israelíes | c:Jerusalén', 'PS': 'd:palestin*', 'IN': 'd:hindú | d:indio | d:indios',
 'PK': 'd:paquistaní* | d:pakistaní*', 'AF': 'd:afgan*', 'EG': 'd:egipci*', 'SA': 'd:saudí | d:saudíes | d:saudit*',
 'PL': 'd:polac*', 'SE': 'd:suec*', 'NO': 'd:norueg*', 'FI': 'd:finlandés | d:finlandesa*', 'CH': 'd:suiz*',
 'PT': 'd:portugués | d:portuguesa* | d:portugueses', 'BR': 'd:brasileñ*', 'CO': 'd:colombian*', 'VE': 'd:venezolan*',
 'PE': 'd:peruan*', 'CU': 'd:cuban*', 'GT': 'd:guatemaltec*', 'HN': 'd:hondureñ*', 'VN': 'd:vietnamit*',
 'PH': 'd:filipin*', 'TW': 'd:taiwanés | d:taiwanesa*', 'CZ': 'd:chec*', 'HU': 'd:húngar*', 'RO': 'd:ruman*',
 'RS': 'd:serbi*', 'NG': 'd:nigerian*', 'ZA': 'd:sudafrican*', 'KE': 'd:keniat*', 'LB': 'd:libanés | d:libanesa*',
 'LY': 'd:libi*', 'YE': 'd:yemen*', 'SU': 'n:Unión Soviética | d:soviétic*', 'CS': 'n:Checoslovaquia | d:checoslovac*',
 'YU': 'n:Yugoslavia | d:yugoslav*', 'RW': 'd:ruand*', 'FM': 'n:Micronesia', 'UZ': 'd:uzbek*',
 'group:EU': 'r:UE | r:Unión Europea', 'group:NATO': 'r:OTAN',
},
'pt': {
 'US': 'd:estadunidens* | d:norte-american* | d:american* | a:EUA | a:USA | c:Washington | s:Casa Branca | y:Nova York | y:Nova Iorque | p:Pensilvânia | p:Virgínia Ocidental | p:Carolina do Sul | p:Califórnia | p:Flórida | p:Luisiana | p:Havaí | s:Departamento de Estado | s:Pentágono | p:Vale do Silício',
 'GB': 'd:britânic* | d:inglês | d:inglesa* | d:ingleses | d:escocês | d:escocesa* | d:escoceses | d:galês | d:galesa* | d:galeses | p:Escócia | p:País de Gales | p:Gales | p:Inglaterra | p:Irlanda do Norte | n:Grã-Bretanha | y:Londres | y:Edimburgo',
 'CN': 'd:chines* | c:Pequim | c:Beijing | y:Xangai', 'ID': 'd:indonési* | p:Sumatra | p:Sulawesi | p:Celebes | c:Jacarta',
 'KP': 'd:norte-corean* | c:Pyongyang | c:Pionguiangue', 'KR': 'd:sul-corean* | c:Seul', 'DE': 'd:alemã* | d:alemão | d:alemães | y:Colônia | y:Munique | y:Hamburgo',
 'MX': 'd:mexican*', 'RU': 'd:russ* | s:Kremlin | c:Moscou', 'MK': 'd:macedôni*', 'SY': 'd:síri*', 'BO': 'd:bolivian*',
 'ES': 'd:espanhol | d:espanhola* | d:espanhóis | p:Catalunha', 'FR': 'd:francês | d:francesa* | d:franceses', 'TR': 'd:turc* | d:turquesa*',
 'SG': 'd:singapurens*', 'CL': 'd:chilen*', 'SV': 'd:salvadorenh*', 'GR': 'd:greg* | c:Atenas', 'PA': 'd:panamenh*',
 'NL': 'd:holandês | d:holandesa* | d:holandeses | d:neerlandês | c:Haia', 'JP': 'd:japonês | d:japonesa* | d:japoneses | d:nipônic*',
 'IT': 'd:italian* | y:Nápoles', 'DO': 'd:dominican*', 'DK': 'd:dinamarquês | d:dinamarquesa* | d:dinamarqueses',
 'BE': 'd:belga* | c:Bruxelas', 'AT': 'd:austríac* | c:Viena', 'IR': 'd:iranian*', 'IQ': 'd:iraquian*',
 'IE': 'd:irlandês | d:irlandesa* | d:irlandeses', 'CA': 'd:canadens*', 'AU': 'd:australian*', 'AR': 'd:argentin*',
 'UA': 'd:ucranian* | c:Kiev', 'IL': 'd:israelens* | c:Jerusalém', 'PS': 'd:palestin*', 'IN': 'd:indian*',
 'PK': 'd:paquistanês | d:paquistanes*', 'AF': 'd:afeg* | d:afegã*', 'EG': 'd:egípci*', 'SA': 'd:saudit* | d:saudita*',
 'PL': 'd:polonês | d:polonesa* | d:poloneses', 'SE': 'd:suec*', 'NO': 'd:norueguês | d:norueguesa*', 'CH': 'd:suíç*',
 'PT': 'd:portuguê* | d:portuguesa*', 'BR': 'd:brasileir*', 'CO': 'd:colombian*', 'VE': 'd:venezuelan*', 'PE': 'd:peruan*',
 'CU': 'd:cuban*', 'VN': 'd:vietnamit*', 'PH': 'd:filipin*', 'CZ': 'd:tchec*', 'HU': 'd:húngar*', 'RO': 'd:romen*',
 'RS': 'd:sérvi*', 'NG': 'd:nigerian*', 'ZA': 'd:sul-african*', 'SU': 'n:União Soviética | d:soviétic*',
 'CS': 'n:Tchecoslováquia | d:tchecoslovac*', 'YU': 'n:Iugoslávia | d:iugoslav*', 'FM': 'n:Micronésia', 'UZ': 'd:uzbeque*',
 'group:EU': 'r:UE | r:União Europeia', 'group:NATO': 'r:OTAN',
},
'fr': {
 'US': 'd:américain* | d:étasunien* | a:USA | a:EU | c:Washington | s:Maison Blanche | s:Maison-Blanche | y:New York | p:Pennsylvanie | p:Virginie-Occidentale | p:Virginie Occidentale | p:Caroline du Sud | p:Californie | p:Floride | p:Louisiane | s:Département d\'État | s:Pentagone',
 'GB': 'd:britannique* | d:anglais | d:anglaise* | d:écossais | d:écossaise* | d:gallois | d:galloise* | d:nord-irlandais* | p:Écosse | p:Ecosse | p:Pays de Galles | p:Angleterre | p:Irlande du Nord | n:Grande-Bretagne | n:Grande Bretagne | y:Londres | y:Édimbourg',
 'CN': 'd:chinois | d:chinoise* | c:Pékin | c:Beijing', 'ID': 'd:indonésien* | p:Sumatra | p:Sulawesi | p:Célèbes | c:Jakarta',
 'KP': 'd:nord-coréen* | c:Pyongyang', 'KR': 'd:sud-coréen* | c:Séoul', 'DE': 'd:allemand* | y:Cologne | y:Munich | y:Hambourg',
 'MX': 'd:mexicain*', 'RU': 'd:russe* | s:Kremlin | c:Moscou', 'MK': 'd:macédonien*', 'SY': 'd:syrien*', 'BO': 'd:bolivien*',
 'ES': 'd:espagnol* | p:Catalogne', 'FR': 'd:français | d:française*', 'TR': 'd:turc | d:turcs | d:turque*', 'SG': 'd:singapourien*',
 'CL': 'd:chilien*', 'SV': 'd:salvadorien*', 'GR': 'd:grec | d:grecs | d:grecque* | c:Athènes', 'PA': 'd:panaméen*',
 'NL': 'd:néerlandais* | d:hollandais* | c:La Haye', 'JP': 'd:japonais*', 'IT': 'd:italien* | y:Naples', 'DO': 'd:dominicain*',
 'DK': 'd:danois*', 'BE': 'd:belge* | c:Bruxelles', 'AT': 'd:autrichien* | c:Vienne', 'IR': 'd:iranien*', 'IQ': 'd:irakien*',
 'IE': 'd:irlandais*', 'CA': 'd:canadien*', 'AU': 'd:australien*', 'AR': 'd:argentin*', 'UA': 'd:ukrainien* | c:Kiev',
 'IL': 'd:israélien* | c:Jérusalem', 'PS': 'd:palestinien*', 'IN': 'd:indien*', 'PK': 'd:pakistanais*', 'AF': 'd:afghan*',
 'EG': 'd:égyptien*', 'SA': 'd:saoudien*', 'PL': 'd:polonais*', 'SE': 'd:suédois*', 'NO': 'd:norvégien*', 'CH': 'd:suisse*',
 'PT': 'd:portugais*', 'BR': 'd:brésilien*', 'CO': 'd:colombien*', 'VE': 'd:vénézuélien*', 'PE': 'd:péruvien*', 'CU': 'd:cubain*',
 'VN': 'd:vietnamien*', 'PH': 'd:philippin*', 'CZ': 'd:tchèque*', 'HU': 'd:hongrois*', 'RO': 'd:roumain*', 'RS': 'd:serbe*',
 'NG': 'd:nigérian*', 'ZA': 'd:sud-africain*', 'SU': 'n:Union soviétique | d:soviétique*', 'CS': 'n:Tchécoslovaquie | d:tchécoslovaque*',
 'YU': 'n:Yougoslavie | d:yougoslave*', 'FM': 'n:Micronésie', 'UZ': 'd:ouzbek*',
 'group:EU': 'r:UE | r:Union européenne', 'group:NATO': 'r:OTAN',
},
'it': {
 'US': 'd:statunitens* | d:american* | a:USA | c:Washington | s:Casa Bianca | y:New York | p:Pennsylvania | p:Virginia Occidentale | p:Carolina del Sud | p:California | p:Florida | p:Louisiana | s:Dipartimento di Stato | s:Pentagono',
 'GB': 'd:britannic* | d:ingles* | d:scozzes* | d:gallese | d:gallesi | d:nordirlandes* | p:Scozia | p:Galles | p:Inghilterra | p:Irlanda del Nord | n:Gran Bretagna | y:Londra | y:Edimburgo',
 'CN': 'd:cines* | c:Pechino', 'ID': 'd:indonesian* | p:Sumatra | p:Sulawesi | p:Celebes | c:Giacarta',
 'KP': 'd:nordcorean* | c:Pyongyang', 'KR': 'd:sudcorean* | c:Seul', 'DE': 'd:tedesc* | y:Colonia | y:Monaco di Baviera | y:Amburgo',
 'MX': 'd:messican*', 'RU': 'd:russ* | s:Cremlino | c:Mosca', 'MK': 'd:macedon*', 'SY': 'd:sirian*', 'BO': 'd:bolivian*',
 'ES': 'd:spagnol* | p:Catalogna', 'FR': 'd:frances* | c:Parigi', 'TR': 'd:turc*', 'SG': 'd:singaporian*', 'CL': 'd:cilen*',
 'SV': 'd:salvadoregn*', 'GR': 'd:grec* | c:Atene', 'PA': 'd:panamens*', 'NL': 'd:olandes* | c:L\'Aia | c:Aia', 'JP': 'd:giappones*',
 'IT': 'd:italian* | y:Napoli', 'DO': 'd:dominican*', 'DK': 'd:danes*', 'BE': 'd:belg* | c:Bruxelles', 'AT': 'd:austriac* | c:Vienna',
 'IR': 'd:iranian*', 'IQ': 'd:irachen*', 'IE': 'd:irlandes*', 'CA': 'd:canades*', 'AU': 'd:australian*', 'AR': 'd:argentin*',
 'UA': 'd:ucrain* | c:Kiev', 'IL': 'd:israelian* | c:Gerusalemme', 'PS': 'd:palestines*', 'IN': 'd:indian*', 'PK': 'd:pakistan*',
 'AF': 'd:afghan*', 'EG': 'd:egizian*', 'SA': 'd:saudit*', 'PL': 'd:polacc*', 'SE': 'd:svedes*', 'NO': 'd:norveges*', 'CH': 'd:svizzer*',
 'PT': 'd:portoghes*', 'BR': 'd:brasilian*', 'CO': 'd:colombian*', 'VE': 'd:venezuelan*', 'PE': 'd:peruvian*', 'CU': 'd:cuban*',
 'VN': 'd:vietnamit*', 'PH': 'd:filippin*', 'CZ': 'd:ceco | d:ceca | d:cechi | d:ceche', 'HU': 'd:ungheres*', 'RO': 'd:romen*',
 'RS': 'd:serb*', 'NG': 'd:nigerian*', 'ZA': 'd:sudafrican*', 'SU': 'n:Unione Sovietica | d:sovietic*', 'CS': 'n:Cecoslovacchia | d:cecoslovacc*',
 'YU': 'n:Jugoslavia | d:jugoslav*', 'FM': 'n:Micronesia', 'UZ': 'd:uzbek*',
 'group:EU': 'r:UE | r:Unione Europea', 'group:NATO': 'r:NATO',
},
'de': {
 'US': 'd:amerikan* | d:US-Amerikaner* | d:us-amerikanisch* | a:US | a:USA | c:Washington | s:Weißes Haus | s:Weiße Haus | y:New York | p:Pennsylvania | p:West Virginia | p:South Carolina | p:Kalifornien | p:Florida | p:Louisiana | s:Außenministerium der USA | s:Pentagon',
 'GB': 'd:britisch* | d:Brite | d:Briten | d:englisch* | d:Engländer* | d:schottisch* | d:Schotte | d:Schotten | d:walisisch* | d:Waliser* | d:nordirisch* | a:UK | p:Schottland | p:Wales | p:England | p:Nordirland | n:Großbritannien | y:London | y:Edinburgh',
 'CN': 'd:chinesisch* | d:Chinese | d:Chinesen | d:Chinesin* | c:Peking', 'ID': 'd:indonesisch* | d:Indonesier* | p:Sumatra | p:Sulawesi | c:Jakarta',
 'KP': 'd:nordkoreanisch* | d:Nordkoreaner* | c:Pjöngjang', 'KR': 'd:südkoreanisch* | d:Südkoreaner* | c:Seoul',
 'DE': 'd:deutsch* | d:Deutsche* | d:bundesdeutsch* | y:Köln | y:München | y:Hamburg | c:Berlin', 'MX': 'd:mexikan*', 'RU': 'd:russisch* | d:Russe | d:Russen | d:Russin* | s:Kreml | c:Moskau',
 'MK': 'd:mazedon* | d:makedon*', 'SY': 'd:syrisch* | d:Syrer*', 'BO': 'd:bolivian*', 'ES': 'd:spanisch* | d:Spanier* | p:Katalonien',
 'FR': 'd:französisch* | d:Franzose* | d:Französin*', 'TR': 'd:türkisch* | d:Türke | d:Türken | d:Türkin*', 'SG': 'd:singapurisch*',
 'CL': 'd:chilenisch* | d:Chilene*', 'SV': 'd:salvadorianisch*', 'GR': 'd:griechisch* | d:Grieche* | c:Athen', 'PA': 'd:panamaisch*',
 'NL': 'd:niederländisch* | d:holländisch* | d:Niederländer* | c:Den Haag', 'JP': 'd:japanisch* | d:Japaner*', 'IT': 'd:italienisch* | d:Italiener* | y:Neapel',
 'DO': 'd:dominikanisch*', 'DK': 'd:dänisch* | d:Däne | d:Dänen', 'BE': 'd:belgisch* | d:Belgier* | c:Brüssel', 'AT': 'd:österreichisch* | d:Österreicher* | c:Wien',
 'IR': 'd:iranisch* | d:Iraner*', 'IQ': 'd:irakisch* | d:Iraker*', 'IE': 'd:irisch* | d:Ire | d:Iren', 'CA': 'd:kanadisch* | d:Kanadier*',
 'AU': 'd:australisch* | d:Australier*', 'AR': 'd:argentinisch* | d:Argentinier*', 'UA': 'd:ukrainisch* | d:Ukrainer* | c:Kiew',
 'IL': 'd:israelisch* | d:Israeli* | c:Jerusalem', 'PS': 'd:palästinensisch* | d:Palästinenser*', 'IN': 'd:indisch* | d:Inder | d:Indern | d:Inderin*',
 'PK': 'd:pakistanisch*', 'AF': 'd:afghanisch*', 'EG': 'd:ägyptisch* | d:Ägypter*', 'SA': 'd:saudi-arabisch* | d:saudisch*',
 'PL': 'd:polnisch* | d:Pole | d:Polen', 'SE': 'd:schwedisch* | d:Schwede*', 'NO': 'd:norwegisch* | d:Norweger*', 'CH': 'd:schweizerisch* | d:Schweizer*',
 'PT': 'd:portugiesisch*', 'BR': 'd:brasilianisch* | d:Brasilianer*', 'CO': 'd:kolumbianisch*', 'VE': 'd:venezolanisch*',
 'PE': 'd:peruanisch*', 'CU': 'd:kubanisch*', 'VN': 'd:vietnamesisch*', 'PH': 'd:philippinisch*', 'CZ': 'd:tschechisch* | d:Tscheche*',
 'HU': 'd:ungarisch* | d:Ungar | d:Ungarn', 'RO': 'd:rumänisch*', 'RS': 'd:serbisch*', 'NG': 'd:nigerianisch*', 'ZA': 'd:südafrikanisch*',
 'SU': 'n:Sowjetunion | d:sowjetisch*', 'CS': 'n:Tschechoslowakei | d:tschechoslowakisch*', 'YU': 'n:Jugoslawien | d:jugoslawisch*',
 'FM': 'n:Mikronesien', 'UZ': 'd:usbekisch*', 'group:EU': 'r:EU | r:Europäische Union', 'group:NATO': 'r:NATO | r:Nato',
},
'tr': {
 'US': "a:ABD | d:Amerikalı* | d:Amerikan* | n:Amerika | c:Washington | s:Beyaz Saray | y:New York | p:Pensilvanya | p:Batı Virginia | p:Güney Carolina | p:Kaliforniya | p:Florida | p:Arizona | p:Teksas | p:Tennessee | p:Massachusetts | s:Dışişleri Bakanlığı | s:Pentagon",
 'GB': "a:İngiltere | d:İngiliz* | d:Britanyalı* | d:İskoç* | d:Galli* | p:İskoçya | p:Galler | p:Kuzey İrlanda | n:Büyük Britanya | n:Britanya | y:Londra",
 'CN': 'd:Çinli* | c:Pekin', 'ID': 'd:Endonezyalı* | p:Sumatra | p:Sulawesi | c:Cakarta', 'KP': 'd:Kuzey Koreli* | c:Pyongyang | c:Pyongyang',
 'KR': 'd:Güney Koreli* | c:Seul', 'DE': 'd:Alman* | y:Köln | y:Münih | y:Hamburg', 'MX': 'd:Meksikalı*', 'RU': 'd:Rus | d:Ruslar* | s:Kremlin | c:Moskova',
 'MK': 'd:Makedon*', 'SY': 'd:Suriyeli*', 'BO': 'd:Bolivyalı*', 'ES': 'd:İspanyol* | p:Katalonya', 'FR': 'd:Fransız* | c:Paris',
 'TR': 'd:Türk | d:Türkler* | n:Türkiye', 'SG': 'd:Singapurlu*', 'CL': 'd:Şilili*', 'SV': 'd:Salvadorlu*', 'GR': 'd:Yunan* | c:Atina',
 'PA': 'd:Panamalı*', 'NL': 'd:Hollandalı* | n:Hollanda | c:Lahey', 'JP': 'd:Japon*', 'IT': 'd:İtalyan* | y:Napoli', 'DO': 'd:Dominikli*',
 'DK': 'd:Danimarkalı*', 'BE': 'd:Belçikalı* | c:Brüksel', 'AT': 'd:Avusturyalı* | c:Viyana', 'IR': 'd:İranlı*', 'IQ': 'd:Iraklı*',
 'IE': 'd:İrlandalı*', 'CA': 'd:Kanadalı*', 'AU': 'd:Avustralyalı*', 'AR': 'd:Arjantinli*', 'UA': 'd:Ukraynalı* | c:Kiev',
 'IL': 'd:İsrailli* | c:Kudüs', 'PS': 'd:Filistinli*', 'IN': 'd:Hintli* | d:Hint', 'PK': 'd:Pakistanlı*', 'AF': 'd:Afgan*', 'EG': 'd:Mısırlı*',
 'SA': 'd:Suudi*', 'PL': 'd:Polonyalı*', 'SE': 'd:İsveçli*', 'NO': 'd:Norveçli*', 'CH': 'd:İsviçreli*', 'PT': 'd:Portekizli*',
 'BR': 'd:Brezilyalı*', 'CO': 'd:Kolombiyalı*', 'VE': 'd:Venezuelalı*', 'CU': 'd:Kübalı*', 'VN': 'd:Vietnamlı*', 'CZ': 'd:Çek | d:Çekler',
 'HU': 'd:Macar*', 'RO': 'd:Rumen*', 'RS': 'd:Sırp*', 'SU': 'n:Sovyetler Birliği | d:Sovyet*', 'CS': 'n:Çekoslovakya',
 'YU': 'n:Yugoslavya', 'FM': 'n:Mikronezya', 'UZ': 'd:Özbek*', 'group:EU': 'r:AB | r:Avrupa Birliği', 'group:NATO': 'r:NATO',
},
'ru': {
 'US': 'a:США | d:американ* | d:Америк* | c:Вашингтон* | s:Белый дом | s:Белом доме | s:Белого дома | s:Белому дому | y:Нью-Йорк* | p:Пенсильвани* | p:Западн* Вирджини* | p:Южн* Каролин* | p:Калифорни* | p:Флорид* | p:Аризон* | p:Техас* | p:Теннесси | p:Массачусетс* | p:Айов* | p:Невад* | p:Юта | p:Юте | p:Юты | p:Луизиан* | p:Аляск* | y:Лас-Вегас* | y:Лос-Анджелес* | y:Сан-Диего | y:Бостон* | y:Бостон* | y:Финикс* | y:Батон-Руж* | p:Кремниев* долин* | s:Госдепартамент* | s:Пентагон*',
 'GB': 'a:Великобритани* | d:британ* | d:англичан* | d:английск* | d:шотландск* | d:шотландц* | d:валлийск* | d:уэльск* | p:Шотланди* | p:Уэльс* | p:Англи* | p:Северн* Ирланди* | n:Британи* | y:Лондон* | y:Ливерпул* | y:Брайтон* | y:Белфаст* | y:Бирмингем* | y:Ноттингем* | y:Манчестер* | y:Глазго | y:Эдинбург* | s:Даунинг-стрит',
 'CN': 'd:китайск* | d:китайц* | c:Пекин* | y:Шанха*', 'ID': 'd:индонезийск* | d:индонезийц* | p:Сулавеси | p:Суматр* | c:Джакарт*',
 'KP': 'd:северокорейск* | n:КНДР | n:Северная Корея | c:Пхеньян*', 'KR': 'd:южнокорейск* | n:Южная Корея | c:Сеул*', 'DE': 'd:немецк* | d:германск* | d:немц* | d:немец | y:Кельн* | y:Мюнхен* | y:Гамбург* | c:Берлин*',
 'MX': 'd:мексиканск* | d:мексиканц* | c:Мехико', 'RU': 'd:российск* | d:русск* | d:россиян* | s:Кремл* | c:Москв*', 'MK': 'd:македонск* | d:македонц*',
 'SY': 'd:сирийск* | d:сирийц*', 'BO': 'd:боливийск* | d:боливийц*', 'ES': 'd:испанск* | d:испанц* | p:Каталони* | y:Мадрид* | y:Барселон*', 'FR': 'd:французск* | d:француз* | c:Париж*',
 'TR': 'd:турецк* | d:турк* | d:турок', 'SG': 'd:сингапурск*', 'CL': 'd:чилийск* | d:чилийц*', 'SV': 'd:сальвадорск*', 'GR': 'd:греческ* | d:грек* | c:Афин*',
 'PA': 'd:панамск*', 'NL': 'd:нидерландск* | d:голландск* | n:Голланди* | c:Гааг*', 'JP': 'd:японск* | d:японц*', 'IT': 'd:итальянск* | d:итальянц* | y:Неапол*',
 'DO': 'd:доминиканск*', 'DK': 'd:датск* | d:датчан*', 'BE': 'd:бельгийск* | c:Брюссел*', 'AT': 'd:австрийск* | d:австрийц* | c:Вена | c:Вене | c:Вены',
 'IR': 'd:иранск* | d:иранц*', 'IQ': 'd:иракск* | d:иракц*', 'IE': 'd:ирландск* | d:ирландц*', 'CA': 'd:канадск* | d:канадц*',
 'AU': 'd:австралийск* | d:австралийц*', 'AR': 'd:аргентинск*', 'UA': 'd:украинск* | d:украинц* | c:Киев*', 'IL': 'd:израильск* | d:израильтян* | c:Иерусалим*',
 'PS': 'd:палестинск* | d:палестинц*', 'IN': 'd:индийск* | d:индийц*', 'PK': 'd:пакистанск*', 'AF': 'd:афганск*', 'EG': 'd:египетск* | d:египтян*',
 'SA': 'd:саудовск*', 'PL': 'd:польск* | d:поляк*', 'SE': 'd:шведск* | d:швед*', 'NO': 'd:норвежск*', 'CH': 'd:швейцарск*', 'PT': 'd:португальск*',
 'BR': 'd:бразильск*', 'CO': 'd:колумбийск*', 'VE': 'd:венесуэльск*', 'CU': 'd:кубинск*', 'VN': 'd:вьетнамск*', 'PH': 'd:филиппинск*',
 'CZ': 'd:чешск* | d:чехи | d:чехов | n:Чехи*', 'HU': 'd:венгерск* | d:венгр*', 'RO': 'd:румынск*', 'RS': 'd:сербск*', 'SU': 'n:Советск* Союз* | n:СССР | d:советск*',
 'CS': 'n:Чехословаки* | d:чехословацк*', 'YU': 'n:Югослави* | d:югославск*', 'FM': 'n:Микронези*', 'UZ': 'd:узбекск*',
 'group:EU': 'r:ЕС | r:Евросоюз* | r:Европейск* союз*', 'group:NATO': 'r:НАТО',
},
'ar': {
 'US': 'a:امريكا | d:امريك~ | n:الولايات المتحده | c:واشنطن | s:البيت الابيض | y:نيويورك | p:بنسلفانيا | p:فيرجينيا الغربيه | p:ويست فرجينيا | p:كاليفورنيا | p:فلوريدا | p:اريزونا | p:تكساس | p:تينيسي | p:ماساتشوستس | p:نيفادا | p:يوتا | p:لويزيانا | p:الاسكا | y:لاس فيجاس | y:لوس انجلوس | y:سان دييغو | y:بوسطن | y:فينيكس | s:وزاره الخارجيه الامريكيه | s:البنتاغون',
 'GB': 'a:بريطانيا | d:بريطان~ | d:انجليز~ | d:اسكتلند~ | p:اسكتلندا | p:ويلز | p:انجلترا | p:ايرلندا الشماليه | y:لندن | y:ليفربول | y:برايتون | y:بلفاست | y:برمنغهام | y:مانشستر',
 'CN': 'd:صين~ | c:بكين', 'ID': 'd:اندونيس~ | p:سولاويسي | p:سومطرة | p:سومطره | c:جاكرتا', 'KP': 'd:كور~ شمال~ | c:بيونغ يانغ | c:بيونغيانغ',
 'KR': 'd:كور~ جنوب~ | c:سول', 'DE': 'd:الماني | d:المانيه | d:الالماني | d:الالمانيه | d:الالمان | c:برلين', 'MX': 'd:مكسيك~', 'RU': 'd:روس~ | d:الروس | s:الكرملين | c:موسكو',
 'MK': 'd:مقدون~', 'SY': 'd:سور~ | c:دمشق', 'BO': 'd:بوليف~', 'ES': 'd:اسبان~ | p:كتالونيا', 'FR': 'd:فرنس~ | c:باريس', 'TR': 'd:تركي | d:تركيه | d:الاتراك | c:انقره',
 'SG': 'd:سنغافور~', 'CL': 'd:تشيل~', 'GR': 'd:يونان~ | c:اثينا', 'PA': 'd:بنم~', 'NL': 'd:هولند~ | n:هولندا', 'JP': 'd:يابان~ | c:طوكيو', 'IT': 'd:ايطال~ | c:روما',
 'DK': 'd:دنمارك~', 'BE': 'd:بلجيك~ | c:بروكسل', 'AT': 'd:نمساو~ | c:فيينا', 'IR': 'd:ايران~ | c:طهران', 'IQ': 'd:عراق~ | c:بغداد', 'IE': 'd:ايرلند~',
 'CA': 'd:كند~', 'AU': 'd:استرال~', 'AR': 'd:ارجنتين~', 'UA': 'd:اوكران~ | c:كييف', 'IL': 'd:اسرائيل~ | c:القدس', 'PS': 'd:فلسطين~',
 'IN': 'd:هند~', 'PK': 'd:باكستان~', 'AF': 'd:افغان~', 'EG': 'd:مصر~ | c:القاهره', 'SA': 'd:سعود~ | c:الرياض', 'PL': 'd:بولند~',
 'SE': 'd:سويد~', 'NO': 'd:نرويج~', 'CH': 'd:سويسر~', 'PT': 'd:برتغال~', 'BR': 'd:برازيل~', 'CO': 'd:كولومب~', 'VE': 'd:فنزويل~',
 'CU': 'd:كوب~', 'VN': 'd:فيتنام~', 'CZ': 'd:تشيك~', 'HU': 'd:مجر~', 'RO': 'd:رومان~', 'RS': 'd:صرب~', 'SU': 'n:الاتحاد السوفيتي | n:الاتحاد السوفياتي | d:سوفيت~ | d:سوفيات~',
 'CS': 'n:تشيكوسلوفاكيا', 'YU': 'n:يوغوسلافيا', 'UZ': 'd:اوزبك~', 'group:EU': 'r:الاتحاد الاوروبي', 'group:NATO': 'r:الناتو | r:حلف شمال الاطلسي',
},
'zh': {
 'US': 'a:美 | n:美国 | n:美利坚 | c:华盛顿 | s:白宫 | y:纽约 | p:宾夕法尼亚 | p:宾州 | p:西弗吉尼亚 | p:南卡罗来纳 | p:加利福尼亚 | p:加州 | p:佛罗里达 | p:亚利桑那 | p:得克萨斯 | p:德克萨斯 | p:德州 | p:田纳西 | p:马萨诸塞 | p:麻省 | p:内华达 | p:犹他 | p:路易斯安那 | p:阿拉斯加 | p:爱荷华 | p:艾奥瓦 | p:俄勒冈 | p:密西西比 | p:科罗拉多 | y:拉斯维加斯 | y:洛杉矶 | y:圣迭戈 | y:波士顿 | y:凤凰城 | y:巴吞鲁日 | y:得梅因 | y:盐湖城 | y:哈莱姆 | p:硅谷 | y:好莱坞 | s:国务院 | s:五角大楼',
 'GB': 'a:英 | p:苏格兰 | p:威尔士 | p:英格兰 | p:北爱尔兰 | n:不列颠 | y:伦敦 | y:利物浦 | y:布莱顿 | y:贝尔法斯特 | y:伯明翰 | y:诺丁汉 | y:曼彻斯特 | y:格拉斯哥 | y:爱丁堡 | y:伯肯黑德 | s:唐宁街 | s:白厅',
 'CN': 'a:中 | c:北京 | y:上海 | p:云南 | p:贵州 | p:青海', 'ID': 'n:印尼 | p:苏拉威西 | p:苏门答腊 | p:亚齐 | p:加里曼丹 | c:雅加达', 'KP': 'a:朝 | c:平壤',
 'KR': 'a:韩 | c:首尔', 'DE': 'a:德 | c:柏林 | y:科隆 | y:慕尼黑 | y:汉堡', 'MX': 'n:墨国 | y:墨西哥城 | p:下加利福尼亚', 'RU': 'a:俄 | n:俄国 | s:克里姆林宫 | c:莫斯科',
 'MK': 'n:马其顿 | c:斯科普里', 'SY': 'n:叙 | c:大马士革 | y:伊德利卜', 'ES': 'p:加泰罗尼亚 | c:马德里 | y:巴塞罗那', 'FR': 'a:法 | c:巴黎', 'TR': 'n:土耳其',
 'GR': 'c:雅典', 'NL': 'n:荷兰 | c:海牙', 'JP': 'a:日 | c:东京 | y:广岛', 'IT': 'c:罗马 | y:那不勒斯', 'BE': 'c:布鲁塞尔', 'AT': 'c:维也纳', 'IN': 'a:印',
 'BO': 'c:拉巴斯', 'SU': 'n:苏联', 'CS': 'n:捷克斯洛伐克', 'YU': 'n:南斯拉夫', 'group:EU': 'r:欧盟 | r:欧洲联盟', 'group:NATO': 'r:北约',
},
'ja': {
 'US': 'a:米 | n:米国 | n:アメリカ | c:ワシントン | s:ホワイトハウス | y:ニューヨーク | p:ペンシルベニア | p:ペンシルバニア | p:ウェストバージニア | p:サウスカロライナ | p:カリフォルニア | p:フロリダ | p:アリゾナ | p:テキサス | p:テネシー | p:マサチューセッツ | p:ネバダ | p:ユタ | p:ルイジアナ | p:アラスカ | p:アイオワ | p:オレゴン | p:ミシシッピ | p:コロラド | y:ラスベガス | y:ロサンゼルス | y:サンディエゴ | y:ボストン | y:フェニックス | y:バトンルージュ | y:デモイン | y:ソルトレイクシティ | y:ハーレム | p:シリコンバレー | y:ハリウッド | s:国務省 | s:ペンタゴン | s:国防総省',
 'GB': 'a:英 | n:英国 | n:イギリス | p:スコットランド | p:ウェールズ | p:イングランド | p:北アイルランド | y:ロンドン | y:リバプール | y:ブライトン | y:ベルファスト | y:バーミンガム | y:ノッティンガム | y:マンチェスター | y:グラスゴー | y:エディンバラ | s:ダウニング街',
 'CN': 'a:中 | c:北京 | y:上海 | p:雲南 | p:貴州 | p:青海', 'ID': 'p:スラウェシ | p:スマトラ | p:アチェ | p:カリマンタン | c:ジャカルタ', 'KP': 'a:朝 | c:平壌',
 'KR': 'a:韓 | c:ソウル', 'DE': 'a:独 | c:ベルリン | y:ケルン | y:ミュンヘン | y:ハンブルク', 'MX': 'y:メキシコシティ', 'RU': 'a:露 | s:クレムリン | c:モスクワ',
 'MK': 'n:マケドニア | c:スコピエ', 'SY': 'c:ダマスカス', 'ES': 'p:カタルーニャ | c:マドリード | y:バルセロナ', 'FR': 'a:仏 | c:パリ', 'GR': 'n:ギリシア | c:アテネ',
 'NL': 'n:オランダ | c:ハーグ', 'JP': 'a:日 | c:東京 | y:広島', 'IT': 'c:ローマ | y:ナポリ', 'BE': 'c:ブリュッセル', 'AT': 'c:ウィーン', 'IN': 'a:印',
 'SU': 'n:ソ連 | n:ソビエト連邦', 'CS': 'n:チェコスロバキア', 'YU': 'n:ユーゴスラビア', 'group:EU': 'r:欧州連合 | r:ＥＵ | r:EU', 'group:NATO': 'r:北大西洋条約機構 | r:NATO',
},
}

# CLDR names left out, per language: ambiguous with common words (reviewed by hand).
EXCLUDE = {
    'es': {'Reunión', 'Chad', 'Jordan', 'Hamilton', 'San Martín'},
    'pt': {'Reunião', 'Chade', 'Hamilton', 'São Martinho'},
    'fr': {'Hamilton', 'Jordan', 'Saint-Martin'},
    'it': {'Hamilton', 'Saint Martin'},
    'de': {'Hamilton', 'St. Martin'},
    'tr': {'Hamilton', 'Saint Martin'},
    'ru': {'Того', 'Гамильтон'},
    'ar': {'سان مارتن', 'سانت مارتن', 'مسقط'},
    'zh': set(),
    'ja': set(),
}

# US states (Georgia left out: the country's name in these languages) in the non-Latin scripts; the Latin-script
# languages read them from the English aliases or the entries above. Kind place, country US.
US_STATES = {
    'ru': 'Алабама Аляска Аризона Арканзас Калифорния Колорадо Коннектикут Делавэр Флорида Гавайи Айдахо Иллинойс '
          'Индиана Айова Канзас Кентукки Луизиана Мэриленд Массачусетс Мичиган Миннесота Миссисипи Миссури Монтана '
          'Небраска Невада Нью-Гэмпшир Нью-Джерси Нью-Мексико Огайо Оклахома Орегон Пенсильвания Род-Айленд Теннесси '
          'Техас Вермонт Висконсин Вайоминг|Северная Каролина|Северная Дакота|Южная Каролина|Южная Дакота|'
          'Западная Вирджиния|Вирджиния|Виргиния',
    'ar': 'الاباما الاسكا اريزونا اركنساس كاليفورنيا كولورادو كونيتيكت ديلاوير فلوريدا هاواي ايداهو الينوي انديانا '
          'ايوا كانساس كنتاكي لويزيانا ماريلاند ماساتشوستس ميشيغان مينيسوتا ميسيسيبي ميزوري مونتانا نبراسكا نيفادا '
          'نيوهامبشير نيوجيرسي نيومكسيكو اوهايو اوكلاهوما اوريغون بنسلفانيا تينيسي تكساس يوتا فيرمونت فرجينيا '
          'فيرجينيا ويسكونسن وايومنغ|كارولينا الشماليه|داكوتا الشماليه|كارولينا الجنوبيه|داكوتا الجنوبيه|'
          'فرجينيا الغربيه|رود ايلاند',
    'zh': '阿拉巴马 阿拉斯加 亚利桑那 阿肯色 加利福尼亚 科罗拉多 康涅狄格 特拉华 佛罗里达 夏威夷 爱达荷 伊利诺伊 印第安纳 '
          '爱荷华 艾奥瓦 堪萨斯 肯塔基 路易斯安那 缅因 马里兰 马萨诸塞 密歇根 明尼苏达 密西西比 密苏里 蒙大拿 内布拉斯加 '
          '内华达 新罕布什尔 新泽西 新墨西哥 北卡罗来纳 北达科他 俄亥俄 俄克拉何马 俄克拉荷马 俄勒冈 宾夕法尼亚 罗德岛 '
          '南卡罗来纳 南达科他 田纳西 得克萨斯 德克萨斯 犹他 佛蒙特 弗吉尼亚 西弗吉尼亚 威斯康星 怀俄明',
    'ja': 'アラバマ アラスカ アリゾナ アーカンソー カリフォルニア コロラド コネチカット デラウェア フロリダ ハワイ アイダホ '
          'イリノイ インディアナ アイオワ カンザス ケンタッキー ルイジアナ メリーランド マサチューセッツ ミシガン ミネソタ '
          'ミシシッピ ミズーリ モンタナ ネブラスカ ネバダ ニューハンプシャー ニュージャージー ニューメキシコ ノースカロライナ '
          'ノースダコタ オハイオ オクラホマ オレゴン ペンシルベニア ロードアイランド サウスカロライナ サウスダコタ テネシー '
          'テキサス ユタ バーモント バージニア ウェストバージニア ウィスコンシン ワイオミング',
}

# More demonyms, for the regions each language's own press writes about most (Latin America in Spanish and
# Portuguese, francophone Africa in French, the former Soviet Union in Russian, the Arab world in Arabic, the
# neighbours in Turkish). Same syntax as CURATED; merged into it below.
MORE = {
'es': {'EC': 'd:ecuatorian*', 'PY': 'd:paraguay*', 'UY': 'd:uruguay*', 'NI': 'd:nicaragüens*', 'CR': 'd:costarricens*',
       'PR': 'd:puertorriqueñ*', 'HT': 'd:haitian*', 'MA': 'd:marroquí | d:marroquíes', 'DZ': 'd:argelin*',
       'GT': 'c:Ciudad de Guatemala', 'BY': 'd:bielorrus*', 'KZ': 'd:kazaj*', 'GE': 'd:georgian*', 'AM': 'd:armeni*',
       'AZ': 'd:azerbaiyan* | d:azerí | d:azeríes', 'QA': 'd:catarí | d:cataríes | d:qatarí | d:qataríes'},
'pt': {'AO': 'd:angolan*', 'MZ': 'd:moçambican*', 'CV': 'd:cabo-verdian*', 'GW': 'd:guineens*', 'TL': 'd:timorens*',
       'EC': 'd:equatorian*', 'PY': 'd:paraguai*', 'UY': 'd:uruguai*', 'HT': 'd:haitian*', 'MA': 'd:marroquin*'},
'fr': {'ML': 'd:malien*', 'SN': 'd:sénégalais*', 'CI': 'd:ivoirien*', 'CM': 'd:camerounais*', 'CD': 'd:congolais*',
       'DZ': 'd:algérien*', 'MA': 'd:marocain*', 'TN': 'd:tunisien*', 'BF': 'd:burkinabè*', 'NE': 'd:nigérien*',
       'TD': 'd:tchadien*', 'GN': 'd:guinéen*', 'BJ': 'd:béninois*', 'TG': 'd:togolais*', 'GA': 'd:gabonais*',
       'RW': 'd:rwandais*', 'BI': 'd:burundais*', 'MG': 'd:malgache*', 'HT': 'd:haïtien*', 'LB': 'd:libanais*',
       'LU': 'd:luxembourgeois*', 'CA': 'p:Québec'},
'it': {'AL': 'd:albanes*', 'LY': 'd:libic*', 'TN': 'd:tunisin*', 'MA': 'd:marocchin*', 'EG': 'd:egizian*', 'SI': 'd:sloven*',
       'HR': 'd:croat*', 'VA': 'd:vatican*', 'SM': 'd:sammarines*', 'MT': 'd:maltes*'},
'de': {'DK': 'd:Dänin*', 'LU': 'd:luxemburgisch*', 'LI': 'd:liechtensteinisch*', 'SK': 'd:slowakisch*', 'SI': 'd:slowenisch*',
       'HR': 'd:kroatisch*', 'BA': 'd:bosnisch*', 'BY': 'd:belarussisch* | d:weißrussisch*', 'LT': 'd:litauisch*',
       'LV': 'd:lettisch*', 'EE': 'd:estnisch*', 'FI': 'd:finnisch*', 'BG': 'd:bulgarisch*'},
'tr': {'AZ': 'd:Azerbaycanlı* | d:Azeri*', 'CY': 'd:Kıbrıslı*', 'GE': 'd:Gürcü*', 'AM': 'd:Ermeni*', 'BG': 'd:Bulgar*',
       'LY': 'd:Libyalı*', 'QA': 'd:Katarlı*', 'LB': 'd:Lübnanlı*', 'JO': 'd:Ürdünlü*', 'KZ': 'd:Kazak*',
       'TM': 'd:Türkmen*', 'KG': 'd:Kırgız*', 'BA': 'd:Boşnak*', 'AL': 'd:Arnavut*'},
'ru': {'BY': 'd:белорусск* | d:белорус*', 'KZ': 'd:казахстанск* | d:казахск*', 'GE': 'd:грузинск* | d:грузин*',
       'AM': 'd:армянск* | d:армян*', 'AZ': 'd:азербайджанск*', 'KG': 'd:киргизск* | d:кыргызск*', 'TJ': 'd:таджикск*',
       'MD': 'd:молдавск* | d:молдавск*', 'LV': 'd:латвийск*', 'LT': 'd:литовск*', 'EE': 'd:эстонск*', 'FI': 'd:финск*',
       'BG': 'd:болгарск*', 'SK': 'd:словацк*', 'TM': 'd:туркменск*'},
'ar': {'QA': 'd:قطر~', 'AE': 'd:امارات~', 'KW': 'd:كويت~', 'BH': 'd:بحرين~', 'JO': 'd:اردن~',
       'LB': 'd:لبنان~', 'LY': 'd:ليب~', 'TN': 'd:تونس~', 'DZ': 'd:جزائر~', 'MA': 'd:مغرب~', 'SD': 'd:سودان~',
       'MR': 'd:موريتان~', 'SO': 'd:صومال~', 'OM': 'd:عمان~'},
}
for _lang, _entries in MORE.items():
    for _code, _spec in _entries.items():
        CURATED[_lang][_code] = (CURATED[_lang][_code] + ' | ' + _spec) if _code in CURATED[_lang] else _spec
