package org.masar.people.internal.matching;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small curated table of the names most common among the people met in Libya, each with its Arabic forms and the
 * Latin spellings (anglophone, francophone, Maghrebi, Senegambian, Hausa, Chadian, Sudanese, Egyptian, Bangladeshi),
 * abbreviations (Md., Mohd) and nicknames (Hamada, Abdo, Zizo) that stand for it. Tokens of one group are the same
 * name for scoring and share one blocking-key token. Names outside the table are compared by their skeleton alone.
 *
 * <p>Spellings that Latin script cannot tell apart (Salem سالم and Salim سليم) share a group on purpose.
 */
final class NameDictionary {
    private NameDictionary() {}

    // group: Arabic forms | Latin forms. Forms are run through the same normalisation as typed names.
    private static final String TABLE = """
            mohamed: محمد امحمد مُحمّد حمودة حمادة ممادو مامادو محمدو ماهامان مامان مودو مومودو محمت | maxamed maxammed mohamed mohammed muhammad mohamad mohammad muhammed mouhamed mouhammed mohamet mahamat mahamad muhamad muhamed mohammad mohamd mohammd mohamod mohmed mouhamad mamadou mamadu modou moudou modu mahamadou mohamadou mouhamadou mohamedou md mohd muhd mhd mhmd mohd moh med hamada hamouda hammouda mido emhemed imhemed amhamed mhamed mohamedi muhammadu muhammet mehmet momodou momadou mahamane mahaman maman mamane mamman mht mhammed amhimmed emhimmed amhimed emhimed amhemmed emhammed imhammed amhemed emhemmed madou
            ahmed: أحمد أمادو أحمدو احمت حمادو حمادون | axmed axmad ahmed ahmad ahmet ahmat ahmadou ahmedou amadou ahmadu ahmmed ahamed hamadou amadu hamadoun amadoun
            mahmoud: محمود | maxamuud maxmuud mahmoud mahmud mahmood mahamoud mahmut mahmod mahamud mohamud mohamoud mahamuud mehmood mehmud
            mustafa: مصطفى مصطفا | mustafa moustafa mostafa mustapha moustapha mustafah mostapha mustefa
            ali: علي عليون عليو اليو أليو | cali ali aly aliyu aliou alioune aly alii aliu alieu alio
            omar: عمر | cumar omar umar oumar omer omaru umaru omor
            amr: عمرو | amr amro amru
            amer: عامر | amer amir aamer
            othman: عثمان عثمانو | cusmaan cismaan othman osman usman ousmane uthman osmane ousman usuman othmane outhman usmane usmanu ousmanou
            abubakar: أبوبكر أبو_بكر بابكر أبكر أبّكر بوبكر بابوكار باكاري بكاري بوكر بوكار بوبا | abubakar abubakr aboubakar aboubacar boubacar abubaker abakar abbaker abaker abubakari bubakar babiker babikir bakary bakari abou_bakr abu_bakr aboubakr abubakir boubakar bouba buba babucarr abubacarr abubacar boukar bukar babukar bubacarr bubacar
            ibrahim: إبراهيم ابراهيم إبريما إبراهيما | ibrahim ebrahim brahim ibrahima ibraheem ibrahem birahim ibrahime ebrima ebrahima ebou
            ismail: إسماعيل | ismaaciil ismail ismael smail ismaila ismaeel esmail ismaail
            ishaq: إسحاق إسحق إساكا إيساكا | ishaq ishag ishak isaac issakha issaka isaka issahaku isahaku
            allatchi: الاتشي علاتشي علاجي | allatchi alatchi allatchy
            yusuf: يوسف إسوفو إيسوفو عيسوفو يوسفو يوسوف | yuusuf yusuf yousef youssef yousif yusif youssouf yusuph yousuf yosef yussuf yusuf issoufou issouf yusufu yousouf youcef youcif
            musa: موسى موسا | musa moussa mousa mussa mouss
            issa: عيسى عيسا إيسا ايسا إيسى | ciise ciisa issa isa eissa aissa issah esa isah eisa
            idris: إدريس | idris idriss edris idrissa driss drissa idrisu edrees idrees edriss
            adam: آدم | aadan aaden adam adama adamu adem adoum adum aden adan
            harun: هارون هرون | harun haroun haroon harouna haruna
            yaqub: يعقوب | yaqub yacoub yakub yaqoub yacouba yakubu yagoub yakoub yacoubou
            suleiman: سليمان سولي | suleiman sulaiman soliman souleymane sulayman slimane suleman sulaimon souleyman suleyman solomon sulaimanu suleimanu sule souley
            dawud: داود داوود | dawud daoud dawood daud dauda daouda dawod
            yahya: يحيى يحيا يحي يايا | yahya yahia yehia yaya yahaya
            khalid: خالد | khalid khaled khaleed kaled halid khalil_no
            khalil: خليل | khalil khaleel
            hassan: حسن لاسانا | xasan xassan hassan hasan hassane hasane hasen hassen lahcen lahsen lhassan assane alassane alhassane alhassan elhassane alhasane lassana lasana
            hussein: حسين حسيني لاسينا | xuseen xuseyn hussein husain hussain hocine houssein husein hussien houssen hossain hossen hosen hissein hissene hussaini husseini ousseini ousseyni housseini alhousseini alhousseine alhousseyni alhoussein alhousseyne ousseynou hussen lhoussine lahoussine lhoussaine lahcine hisseine hisseini houssine houcine lassina lassine lacina lasina alusine alhusine husen
            hassanein: حسنين | hassanein hassanin hasanein hasanin hassanain hasnain hasnein
            hamid: حامد حميدو حامدو | hamid hamed hamidou
            hamoud: حمود | hamoud hamood hammoud hamud hammud
            humaid: حميد | humaid humeid humayd
            hamdi: حمدي | xamdi hamdi hamdy
            abdallah: عبدالله عبد_الله عبدو عبده عبدولاي عبدولايي | cabdullaahi cabdullahi cabdalla abdallah abdullah abdalla abdulla abdellah abdullahi abdoulaye abdallahi abdella abdelah abdou abdo abduh abdu abdoulahi abdulah abdulai abdoulai audu
            abdelrahman: عبدالرحمن | cabdiraxmaan cabdirahman abdelrahman abdulrahman abdurrahman abderrahmane abdirahman abdourahmane abderaman abdelrahmane abdulrahaman abdurahman abdarahman abdalrahman abderahman abderahmane abderamane abdramane abdourahamane dramane
            abdelaziz: عبدالعزيز | abdelaziz abdulaziz abdoulaziz abdelazize zizo abdelaaziz
            abdelkader: عبدالقادر قدور | cabdulqaadir cabdiqaadir abdelkader abdulkadir abdelqader abdulqadir abdoulkader abdikadir abdulkader abdelgadir abdalgadir abdulgadir abdoulkadri kaddour kadour
            abdelsalam: عبدالسلام | abdelsalam abdulsalam abdessalam abdussalam abdulsalami abdesalam abdeslam abdusalam abdoussalam
            abdelhamid: عبدالحميد | abdelhamid abdulhamid abdelhamed abdoulhamid abdulhameed
            abdelkarim: عبدالكريم | abdelkarim abdulkarim abdelkrim abdoulkarim abdulkareem abdelkarem
            abdelmajid: عبدالمجيد | abdelmajid abdulmajid abdelmadjid abdelmagid abdulmajeed abdelmageed
            abdelnasser: عبدالناصر | abdelnasser abdulnasir abdennasser abdelnaser abdulnasser
            abdelrazik: عبدالرازق عبدالرزاق | abdelrazik abdulrazak abderrazak abdulrazaq abdelrazeq abdelrazek abdulrazzaq abderrazek
            abdelwahab: عبدالوهاب | abdelwahab abdulwahab abdoulwahab abdelwahhab
            abdelghani: عبدالغني | abdelghani abdulghani abdelgani
            abdelmonem: عبدالمنعم | abdelmonem abdulmunim abdelmoneim abdelmonim abdulmonem
            abdelhakim: عبدالحكيم | abdelhakim abdulhakim abdelhakeem
            abdelbaset: عبدالباسط | abdelbaset abdulbasit abdelbasset abdulbaset
            abdelhadi: عبدالهادي | abdelhadi abdulhadi
            abdelfattah: عبدالفتاح | abdelfattah abdulfatah abdelfatah abdulfattah
            abdellatif: عبداللطيف | abdellatif abdullatif abdelatif abdulatif
            abdelmalik: عبدالمالك عبدالملك | abdelmalek abdulmalik abdelmalik
            abdelrahim: عبدالرحيم | abdelrahim abdulrahim abderrahim abdurrahim
            abdeljalil: عبدالجليل | abdeljalil abduljalil abdeljelil
            abdelmoula: عبدالمولى | abdelmoula abdulmola abdelmola abdulmaula
            abdelati: عبدالعاطي | abdelati abdulati abdelaati
            abdelkafi: عبدالكافي | abdelkafi abdulkafi
            abdelgani: عبدالغني_no | abdelgani_no
            salem: سالم سليم | salem salim saleem selim salam_no
            saleh: صالح صلاح | saleh salih salah salaah salehe saliou salihou saliu
            salaheddine: صلاحالدين صلاح_الدين | salaheddine salahuddin salahedin salaheldin salahaldin salahdin
            noureddine: نورالدين نور_الدين | noureddine nourdine nuruddin nureddin noureldin nuraldin nouradine nourdin
            said: سعيد | said saeed saied saiid saiid
            sayed: سيد السيد | sayed sayyid seyd seydou sayyed syed sidi
            saad: سعد | saad saadi_no saadou
            faisal: فيصل | faisal faysal faycal feisal
            fathi: فتحي | fathi fathy fethi fatthi
            adham: أدهم | adham adhem
            medhat: مدحت | medhat midhat medhet madhat
            hayat: حياة | hayat hayet hayate
            fathallah: فتح_الله | fathallah fathalla fethallah fetallah fatallah fathalah
            nasser: ناصر | nasser nasir naser nacer nassir
            nasr: نصر | nasr nasser_no nasri_no
            mansour: منصور | mansour mansur mansoor
            masoud: مسعود | masoud masud masood messaoud massoud
            milad: ميلاد | milad miled
            miftah: مفتاح | miftah meftah muftah moftah
            mabrouk: مبروك | mabrouk mabruk mebrouk
            faraj: فرج | faraj farag faradj farj
            khalifa: خليفة | khalifa khelifa kalifa khalifah
            jamal: جمال | jamal gamal djamal jamel djamel
            kamal: كمال | kamal kemal kamel
            tarek: طارق | tarek tariq tarik tareq
            walid: وليد | walid waleed oualid
            hisham: هشام | hisham hesham hicham hisam
            hamza: حمزة | xamza xamsa hamza hamzah hamsa hamzat
            bilal: بلال | bilal belal
            anwar: أنور | anwar anouar anwer
            ayman: أيمن | ayman aymen
            amin: أمين الأمين لامين لمين | amin amine ameen lamine lamin elamin alamin alameen alamine lemine lemin
            nouri: نوري | nouri nuri
            nour: نور النور | nour nur noor annour elnour alnour
            naji: ناجي | naji nagi nadji
            nabil: نبيل | nabil nabeel
            adel: عادل | adel adil
            emad: عماد | emad imad imed
            essam: عصام | essam issam isam esam
            osama: أسامة | osama usama oussama ousama ossama
            tawfik: توفيق | tawfik tawfiq toufik taufik
            taher: طاهر الطاهر | taher tahir tahar
            taha: طه طاها | taha tahaa
            tayeb: طيب الطيب | tayeb tayib taieb eltayeb
            bashir: بشير البشير | bashir bachir bechir basheer elbashir bassirou bachirou
            zakaria: زكريا زكرياء | zakaria zakariya zakari zakariyya zakaria zakariah
            jibril: جبريل جبرين | jibril jibrin jubril gibril djibril djibrine jibreel
            ayoub: أيوب | ayoub ayub ayoob ayyub
            abbas: عباس | abbas abass
            ramadan: رمضان | ramadan ramadhan ramazan ramdane romdhane romdhan ramdhane
            younes: يونس | younes yunus younis younous yunis inoussa younoussa inousa younousa
            ilyas: إلياس الياس | ilyas elias ilias elyas
            rashid: راشد رشيد | rashid rachid rasheed rached
            majid: ماجد مجدي_no | majid majed magid
            khamis: خميس | khamis khamees
            juma: جمعة | juma jumaa gomaa jomaa djouma jumah jouma djimet djima
            mukhtar: مختار المختار | mukhtar moctar mokhtar mukhtaar
            mahdi: مهدي المهدي | mahdi mehdi elmahdi
            hadi: هادي الهادي | hadi elhadi
            fadel: فاضل | fadel fadil
            malik: مالك | malik malek
            john: جون | john jon jhon
            qasim: قاسم | qasim qassim kacem kassem gasem gassem kasim qassem gacem
            belgasem: بلقاسم بالقاسم أبو_القاسم | belgasem belgacem belkacem belkasem belqasim bilqasim belgassem abulqasim abulgasem abu_al_qasim abou_el_kacem aboul_kacem abu_el_gasim abul_gasim
            tijani: تجاني التجاني تيجاني | tijani tidjani tijjani tidiane tidjane tidiani
            mubarak: مبارك | mubarak moubarak mbarek
            seddik: صديق الصديق صادق الصادق | siddiq seddik sadiq sadig sadek saddik siddig elsadig
            fatih: فاتح الفاتح | fatih fateh elfatih
            hashim: هاشم | hashim hashem hachem
            awad: عوض | awad awadh
            bakhit: بخيت | bakhit bakheet
            garba: قربة_no | garba
            sani: ساني | sani
            habib: حبيب | xabiib habib habeeb
            rajab: رجب | rajab ragab radjab
            samir: سمير | samir sameer
            hani: هاني | hani hany
            ashraf: أشرف | ashraf achraf
            tamer: تامر | tamer tamir
            sharif: شريف الشريف | sharif sherif cherif shareef
            husam: حسام | husam hossam houssam hussam
            reda: رضا رضى | reda rida ridha redha
            magdi: مجدي | magdi magdy majdi
            karim: كريم | karim kareem
            rahim: رحيم | rahim raheem
            rafiq: رفيق | rafiq rafik rafeek
            islam: إسلام الإسلام | islam eslam
            alam: علم | alam
            rahman: رحمن الرحمن | rahman rahaman
            hossain_bd: حسين_no | hossain_no
            saif: سيف | saif seif sayf
            fadi: فادي | fadi fady
            rami: رامي | rami ramy
            bassel: باسل | bassel basil basel
            ghassan: غسان | ghassan ghasan
            maher: ماهر | maher mahir
            wael: وائل | wael wail
            samer: سامر | samer samir_no
            ahmadi_no: احمدي_no | ahmadi_no
            fatima: فاطمة فاطمه فاطنة فاديماتا فطيمة فطومة فطوم فاطوماتا فطوماتا فاتوماتا فديماتا فاطيماتا فاتو فانتا | faadumo fadumo fatima fatema fatma fatimah fatouma fatoumata fatimata fatimatu fatuma fattouma fatime fatna fatou ftaima fteima ftima fati fadimatou fadimata fattoum fatoum fanta falmata
            aisha: عائشة عايشة عيشة عشتة عشة عيساتو ايساتو عيساتا أشتا | caasha caisha aisha aicha aysha ayesha aissatou aichatou asha aishatu ayisha aichata aissata achta ashta achata isatou isatu aishat aisatou aisatu ayishetu aishetu ayishatu
            khadija: خديجة كادياتو كاديتو حديزة هديزة كاديديا | hadidja hadidjatou khadiijo khadiija khadija khadidja khadeeja kadidja kadiatou hadiza hadizatou khadidiatou kadidiatou kadidjatou kadidia hadija khadijah kadija hadjia khadijat khadijatu khadiga kaddy khady kadi adiza adizatu
            mariam: مريم ماريتو مارياتو | maryan maryama mariam maryam meryem mariama mariem maryem miriam mariamou mariatou
            zainab: زينب | zainab zeinab zaynab zeynab zenabou zeinabou zenab zainabu djeneba dieneba djenaba jeneba djenabou djeinabou dieynaba
            amina: أمينة آمنة أميناتا | amina aminata aminatou amna ameena aminetou aminat aminatu
            hawa: حواء حوا هاوا عوا آوا | hawo xaawo hawa hauwa awa haoua hawaa hauwau hawau hawaou hawawu
            halima: حليمة | xaliimo haliimo halima halime halimatou haleema
            salma: سلمى سلما | salma selma
            asma: أسماء | asma asmaa esma
            huda: هدى هدا | huda houda hoda
            rahma: رحمة | rahma rahmatou ramatou rahmat
            nadia: نادية | nadia nadiya
            sadia: سعدية | sadia saadia sadiya saadiya
            shadia: شادية | shadia shadiya chadia
            samira: سميرة | samira sameera
            sara: سارة | sara sarah
            hana: هناء هنا | hana hanaa hanna
            hanan: حنان | hanan hannan hanane
            rana: رنا رنى | rana
            rania: رانيا | rania ranya raniya
            nada: ندى | nada
            salwa: سلوى | salwa selwa
            safwa: صفوة | safwa safoua
            sana: سناء | sana sanaa
            reem: ريم | reem rim
            lama: لمى لما | lama lamaa
            rima: ريما | rima reema
            dina: دينا | dina
            dana: دانة دانا | dana
            noura: نورة | noura noora nora
            nabih: نبيه | nabih nabeeh
            ramzi: رمزي | ramzi ramzy
            ramez: رامز | ramez
            layla: ليلى ليلا | layla leila laila leyla
            mona: منى منا | mona muna mouna
            naima: نعيمة | naima naeema naeima
            souad: سعاد | souad suad soad
            saida: سعيدة | saida saeeda saeda saidah
            safiya: صفية | safiya safia saffiya safiyya safiatou safiyatou
            rukaya: رقية | rukaya ruqaya roukaya rakiya rugaya rukayya ruqayya rokiatou roukiatou rokia rakia rakiatou ruqiyo ruqiya rukiya
            hajer: هاجر | hajar hajer hadjara hadjar
            hafsa: حفصة حبساتو حفساتو | hafsa hafssa hafsatou habsatou hafsat
            rabia: رابعة | rabia rabiaa raabia rabiatou rabiatu
            sami: سامي | sami samy
            yasser: ياسر | yasser yasir yaser yassir
            hala: هالة | hala halah
            maya: مايا | maya maia
            mayar: ميار | mayar mayyar
            iyad: إياد | iyad eyad iyed
            hilal: هلال | hilal helal
            nazim: ناظم | nazim nadhim nazem nadhem
            nasim: نسيم | nasim naseem nassim
            fatiha: فتيحة فاتحة | fatiha
            fathia: فتحية | fathia fathiya fatheya fathiyya
            fawzia: فوزية | fawzia fawziya fouzia fauzia fawzeya
            fawzi: فوزي | fawzi fawzy fouzi
            amira: أميرة | amira ameera amirah
            amal: أمل | amal
            amani: أماني | amani amany amaney
            samah: سماح | samah
            samia: سامية | samia samiya
            hiba: هبة | hiba heba
            lina: لينا | lina leena
            rina: رينا | rina
            sameh: سامح | sameh sameeh
            hatem: حاتم | hatem hatim
            hazem: حازم | hazem hazim
            ziad: زياد | ziad ziyad zeyad ziyed
            zaid: زيد | zaid zayd zeid
            jalal: جلال | jalal djalal jallal
            anas: أنس | anas
            anis: أنيس | anis anees
            hamad: حمد | hamad
            samar: سمر | samar
            sahar: سحر | sahar
            haneen: حنين | haneen hanin
            dima: ديما | dima deema
            lamia: لمياء | lamia lamya lamiaa
            lamis: لميس | lamis lamees
            rawan: روان | rawan
            rayan: ريان | rayan rayane rayyan
            rawia: راوية | rawia rawya rawiya
            noha: نهى | noha nuha nouha
            nida: نداء | nida nidaa
            najwa: نجوى نجوا | najwa najoua nagwa
            najah: نجاح | najah nagah
            huwaida: هويدا هويدة | huwaida howida houaida huwayda
            hamadi: حمادي | hamadi hamady
            ayad: عياد | ayad ayyad
            bishara: بشارة | bishara bechara bichara
            ihsan: إحسان | ihsan ehsan
            iman: إيمان | iman eman imane
            izz: عز | izz ezz
            ezzat: عزت | ezzat izzat ezat
            rashad: رشاد | rashad rachad rashaad
            jamil: جميل | jamil jameel gamil gameel djamil
            kamil: كامل | kamil kameel
            yasin: ياسين | yasin yassin yassine yacine yaseen yasine
            saber: صابر | saber sabir saaber
            saqr: صقر | saqr saker sakr saqer
            najib: نجيب | najib nagib naguib nadjib najeeb
            monia: منية | monia mounia monya
            rahima: رحيمة | rahima raheema
            lotfia: لطفية | lotfia lutfia lotfiya
            fadl: فضل | fadl fadhl fadul fadoul fadol
            ammar: عمار | ammar ammaar
            basem: باسم | basem basim bassem
            bashar: بشار | bashar bachar
            hosni: حسني | hosni husni hosny housni husna housna hosna
            hasnaa: حسناء | hasnaa hasna hassna hasnae
            alpha: ألفا | alpha alfa
            hamdan: حمدان | hamdan hamden
            maha: مها | maha
            dalia: داليا | dalia dalya
            dalal: دلال | dalal
            basma: بسمة | basma bassma
            basima: باسمة | basima bassima
            nawal: نوال | nawal naoual
            nawar: نوار | nawar
            moaz: معاذ | moaz muaz muadh mouad moad
            mutaz: معتز | mutaz moutaz moataz motaz mutez moetaz
            moez: معز | moez mouez muiz muizz moiz
            wajdi: وجدي | wajdi wagdi wagdy
            saadi: سعدي | saadi saady
            hassana: حسنة حسانة | hassana hasana hassanatou hasanatou
            hussaina: حسينة | hussaina husaina housseina housseinatou husseinatou hussainatu husseina husseyna housseynatou housseyna hussainatou
            abdelilah: عبدالإله_no | abdelilah abdulilah abdelillah abdellilah
            nadine: نادين | nadine nadin
            ayat: آيات | ayat ayaat
            lana: لانا | lana
            kamila: كاملة | kamila
            ghada: غادة | ghada ghadah
            ghadir: غدير | ghadir ghadeer
            rasul: رسول | rasul rasool rasoul
            maqbul: مقبول | maqbul maqbool makbul
            bahlul: بهلول | bahlul bahloul
            kaltoum: كلثوم كلتوم كالتوما كلتوما | kaltoum kalthoum kulthum kaltouma kaltume kalsoum kalsum kolthoum koulthoum kulsum
            umkalthoum: أم_كلثوم | um_kulthum umm_kulthum om_kalthoum um_kalthoum oum_kalthoum om_kalsoum umm_kalthoum om_kolthoum om_kulthum um_kalsoum
            jacques: جاك | jacques jacque
            francois: فرانسوا | francois fransoa
            georges: جورج | georges george
            jamila: جميلة | jamila djamila gamila jameela
            habiba: حبيبة | habiba habibatou abiba
            bilqis: بلقيس | bilqis balkissa balkisa belkis
            salama: سلامة سلاماتو | salama salamatou
            sakina: سكينة | sakina sakinatou
            zahra: زهراء الزهراء زهرة | sahra zahra zahraa zohra zahara zara
            aya: آية اية آيا ايا | aya ayah aia
            sumaya: سمية | sumaya soumaya sumaiya soumia
            najat: نجاة | najat nagat nadjet nadjat nejat
            fadila: فضيلة | fadila fadhila
            latifa: لطيفة | latifa latefa
            karima: كريمة | karima kareema
            wafa: وفاء | wafa wafaa
            nafisa: نفيسة | nafisa nafissa nafisatou
            farah: فارح فرح | farah faarax
            abdi: عبدي | abdi cabdi
            imran: عمران | imran omran emran imrane
            halim: حليم | halim haleem
            diaa: ضياء ضيا | diaa dia diya dhiaa zia ziya
            arabi: عربي | arabi larbi laarbi arbi elarbi
            akhdar: أخضر | akhdar lakhdar lakhder lakhdhar
            diallo: ديالو جالو | diallo jallow jalloh djallo jallo jalo
            cisse: سيسي سيساي | cisse ceesay sisay sise cissey
            diop: ديوب جوب | diop jobe job
            ndiaye: انجاي نجاي | ndiaye njie njai ndiay
            kwasi: | kwasi kwesi akwasi
            kwadwo: كوجو كودجو كوادوو | kwadwo kwadjo kodwo kojo kodjo codjo
            kwabena: | kwabena kobina kabena kobby
            kwaku: | kwaku kweku kuuku
            yaw: ياو | yaw yao
            kofi: كوفي | kofi koffi fiifi
            kwame: كوامي | kwame kwamena kwami kwamina
            akosua: | akosua akosia esi
            adwoa: أجوا أدجوا | adwoa adjoa adjoua adwowa ajoa
            abena: | abena araba
            akua: | akua ekua
            yaa: | yaa
            afua: | afua efua afia efia
            ama: | ama amma
            abebe: أبيبي | abebe
            abebaw: أبيباو | abebaw
            emmanuel: إيمانويل | emmanuel emanuel immanuel emma
            khadim: خادم خديم | khadim khadime
            sekou: سيكو سكو | sekou seku sekouba
            gueye: قاي غاي | gueye gaye
            patience: باشينس باشنس | patience
            precious: بريشس بريشوس بريشيس | precious preshy preshious
            nima: نعمة | nima neama niema nimco nimat
            binyamin: بنيامين | binyamin biniam biniyam binyam benyamin benjamin
            tsion: | tsion tsiyon zion
            """;

    private static final Map<String, String> LATIN = new HashMap<>();
    private static final Map<String, java.util.List<String>> LATIN_SPELLINGS = new HashMap<>();
    private static final Map<String, String> ARABIC = new HashMap<>();
    private static final Map<String, java.util.List<String>> ARABIC_SPELLINGS = new HashMap<>();

    static {
        for (String line : TABLE.strip().split("\n")) {
            int colon = line.indexOf(':');
            int bar = line.indexOf('|');
            String group = line.substring(0, colon).strip();
            if (group.endsWith("_no")) {
                continue;
            }
            for (String form : line.substring(colon + 1, bar).strip().split("\\s+")) {
                if (!form.endsWith("_no")) {
                    for (String t : Names.arabicTokens(form.replace('_', ' '))) {
                        ARABIC.putIfAbsent(t, group);
                        if (group.equals(ARABIC.get(t))) {
                            ARABIC_SPELLINGS
                                    .computeIfAbsent(group, g -> new java.util.ArrayList<>())
                                    .add(t);
                        }
                    }
                }
            }
            for (String form : line.substring(bar + 1).strip().split("\\s+")) {
                if (!form.endsWith("_no")) {
                    for (String t : Names.latinTokens(form.replace('_', ' '))) {
                        LATIN.putIfAbsent(t, group);
                        if (group.equals(LATIN.get(t))) {
                            LATIN_SPELLINGS
                                    .computeIfAbsent(group, g -> new java.util.ArrayList<>())
                                    .add(t);
                        }
                    }
                }
            }
        }
    }

    /**
     * Names that Latin spells alike, so that the table keeps them in one group, but that Arabic writes as two names:
     * one line a group, its names apart by a bar, each with its Arabic forms.
     */
    private static final String TWO_NAMES_IN_ARABIC = """
            سالم | سليم
            صالح | صلاح
            راشد | رشيد
            صديق الصديق | صادق الصادق
            أمينة | آمنة
            فارح | فرح
            عمر | عمرو
            """;

    private static final Map<String, String> ARABIC_NAME = new HashMap<>();

    static {
        for (String line : TWO_NAMES_IN_ARABIC.strip().split("\n")) {
            for (String name : line.split("\\|")) {
                String[] forms = name.strip().split("\\s+");
                for (String form : forms) {
                    for (String t : Names.arabicTokens(form)) {
                        ARABIC_NAME.putIfAbsent(t, forms[0]);
                    }
                }
            }
        }
    }

    /**
     * Which of the names that Arabic tells apart and Latin does not a normalised Arabic token is (its first form), or
     * null when it is none of them.
     */
    static @Nullable String arabicName(String token) {
        return ARABIC_NAME.get(token);
    }

    /** The group of a normalised Latin token, or null. */
    static @Nullable String latin(String token) {
        return LATIN.get(token);
    }

    /** The table's Latin spellings with each letter written twice written once, where that leaves one group. */
    private static final Map<String, String> LATIN_UNDOUBLED = new HashMap<>();

    static {
        Map<String, String> seen = new HashMap<>();
        LATIN.forEach((spelling, group) -> seen.merge(undoubled(spelling), group, (a, b) -> a.equals(b) ? a : ""));
        seen.forEach((spelling, group) -> {
            if (!group.isEmpty()) {
                LATIN_UNDOUBLED.put(spelling, group);
            }
        });
    }

    /**
     * The group of a normalised Latin word, or of the word with a letter it writes twice written once, as the table
     * spells it (Abbakar, Yahyya: Abakar, Yahya; a clerk doubles a letter an Arabic shadda holds, or one it does not),
     * or ending in u where the table writes ou, or in ou where it writes u; or null.
     */
    static @Nullable String latinWord(String token) {
        String group = LATIN.get(token);
        if (group == null) {
            String once = undoubled(token);
            group = once.equals(token) ? null : LATIN_UNDOUBLED.get(once);
        }
        if (group == null && token.length() >= 4) {
            // a final u as the francophone writes it, ou, or the anglophone's u for an ou (Hamidu, Hamidou; Bintou,
            // Bintu): the table need not hold both
            group = token.endsWith("ou")
                    ? LATIN.get(token.substring(0, token.length() - 2) + "u")
                    : token.endsWith("u") ? LATIN.get(token.substring(0, token.length() - 1) + "ou") : null;
        }
        return group;
    }

    /**
     * The word with each letter written twice written once; the very word, not a copy, when it has none: a comparison
     * asks this of the words outside the table it matches ({@link #commonBySkeleton}), and most have none.
     */
    static String undoubled(String latin) {
        int first = 1;
        while (first < latin.length() && latin.charAt(first) != latin.charAt(first - 1)) {
            first++;
        }
        if (first >= latin.length()) {
            return latin;
        }
        StringBuilder out = new StringBuilder(latin.length()).append(latin, 0, first);
        for (int i = first + 1; i < latin.length(); i++) {
            if (latin.charAt(i) != latin.charAt(i - 1)) {
                out.append(latin.charAt(i));
            }
        }
        return out.toString();
    }

    /** The normalised Latin spellings of a group (those of no other group before it). */
    static java.util.List<String> latinSpellings(String group) {
        return LATIN_SPELLINGS.getOrDefault(group, java.util.List.of());
    }

    /** The normalised Arabic spellings of a group (those of no other group before it). */
    static java.util.List<String> arabicSpellings(String group) {
        return ARABIC_SPELLINGS.getOrDefault(group, java.util.List.of());
    }

    /** The group of a normalised Arabic token, or null. */
    static @Nullable String arabic(String token) {
        return ARABIC.get(token);
    }

    /**
     * Arabic forms of one name of the table that clerks also write for another, its second group: عمرو is Amr, and a
     * clerk writes it too for the Oumarou of Niger, whose final ou is the و. Against another Arabic word they stay two
     * names ({@link #TWO_NAMES_IN_ARABIC}: عمر and عمرو are brothers).
     */
    private static final Map<String, String> ARABIC_ALSO = Map.of("عمرو", "omar");

    /** The second group of a normalised Arabic token ({@link #ARABIC_ALSO}), or null. */
    static @Nullable String arabicAlso(String token) {
        return ARABIC_ALSO.get(token);
    }

    /**
     * The very common names, most frequent first: a key of them alone would hold thousands at a million persons, they
     * weigh less when they match, and they key by their own group rather than by a coarse code that other names share.
     */
    static final java.util.List<String> COMMON_GROUPS = java.util.List.of(
            "mohamed",
            "ahmed",
            "ali",
            "abdallah",
            "ibrahim",
            "omar",
            "othman",
            "hassan",
            "hussein",
            "yusuf",
            "musa",
            "adam",
            "abubakar",
            "mahmoud",
            "mustafa",
            "abdelrahman",
            "issa",
            "idris",
            "salem",
            "saleh",
            "khalid",
            "fatima",
            "aisha",
            "mariam",
            "khadija",
            "amina",
            "hawa",
            "zainab",
            "halima");

    private static final Map<String, String> COMMON_BY_SKELETON = new HashMap<>();

    static {
        for (String g : COMMON_GROUPS) {
            COMMON_BY_SKELETON.putIfAbsent(Names.latinSkeleton(Names.latinToken(g)), g);
        }
    }

    /**
     * The very common group whose canonical name has this skeleton (a slip such as Mohmaed), or null. One consonant is
     * too little to tell a slip from a name of its own: Sy, Sow, Ly, Lo, Owusu, Awal and Asia are no Issa and no Ali
     * (in either script: أووسو, أوال, آسيا), so a skeleton of one consonant is never read as a slip; the table holds
     * Issa's and Ali's spellings.
     */
    static @Nullable String commonBySkeleton(String skeleton) {
        if (skeleton.length() < 2) {
            return null;
        }
        String common = COMMON_BY_SKELETON.get(skeleton);
        if (common == null && skeleton.length() >= 4) {
            // a consonant typed twice by a slip (Mohamemd, Ahmmad): the skeleton with it once; not a skeleton of
            // three consonants, a name of its own (Maimouna, Mamoun, Mamane are no Amina)
            String once = undoubled(skeleton);
            common = once.equals(skeleton) || once.length() < 2 ? null : COMMON_BY_SKELETON.get(once);
        }
        return common;
    }

    /**
     * The groups of the table's Latin spellings by their skeleton, where one group alone has a spelling of it (empty
     * where two have: Mohamed and Mahmoud are both MHMD).
     */
    private static final Map<String, String> GROUP_BY_LATIN_SKELETON = new HashMap<>();

    static {
        LATIN.forEach((spelling, group) ->
                GROUP_BY_LATIN_SKELETON.merge(Names.latinSkeleton(spelling), group, (a, b) -> a.equals(b) ? a : ""));
    }

    /**
     * The one group a Latin spelling of the table with this skeleton belongs to, or null when none does or several
     * do: an Arabic word outside the table written as the Latin is said (راماتو, Ramatou; اميناتو, Aminatou) is keyed
     * as that group too, where the table names its group by another skeleton (Rahma, Amina).
     */
    static @Nullable String groupOfLatinSkeleton(String skeleton) {
        String group = GROUP_BY_LATIN_SKELETON.get(skeleton);
        return group == null || group.isEmpty() ? null : group;
    }

    private static final Map<String, String> COARSE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The coarse skeleton of a group's canonical name (its key, as the table spells it in Latin). */
    static String coarse(String group) {
        return COARSE.computeIfAbsent(group, g -> Skeletons.keyCode(Names.latinSkeleton(Names.latinToken(g))));
    }
}
