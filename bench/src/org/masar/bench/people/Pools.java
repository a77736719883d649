package org.masar.bench.people;

import java.util.ArrayList;
import java.util.List;

/**
 * Name pools typical of the people met in Libya, by nationality, in Arabic and Latin script. Each name is
 * {@code arabic=latin1,latin2,…}: the Arabic form and the Latin spellings seen for it, the most usual first. Within a
 * pool, names are listed roughly from the most to the least frequent; {@link Generator} draws them with a skew.
 */
final class Pools {
    private Pools() {}

    record Name(String ar, String[] lat) {
        String latin(int variant) {
            return lat[Math.floorMod(variant, lat.length)];
        }
    }

    /**
     * One nationality: its share of the population, pools, how names are usually written (share of records in Arabic
     * only and in both scripts; the rest Latin only), and how many name parts people of it usually give.
     */
    record Nationality(
            String code,
            double share,
            List<Name> male,
            List<Name> female,
            List<Name> family,
            double arabicOnly,
            double both,
            int parts,
            boolean familyIsAncestor,
            String phonePrefix,
            String passportLetters) {}

    static List<Name> names(String spec) {
        List<Name> out = new ArrayList<>();
        for (String entry : spec.strip().split("\\s*;\\s*")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            out.add(new Name(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip().split("\\s*,\\s*")));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------- shared

    static final String ARAB_MALE = """
            محمد=Mohamed,Mohammed,Muhammad,Mohamad,Mohammad ; أحمد=Ahmed,Ahmad ; علي=Ali,Aly ; عبدالله=Abdullah,Abdallah,Abdalla ;
            محمود=Mahmoud,Mahmud ; مصطفى=Mustafa,Mostafa,Moustafa ; عمر=Omar,Omer,Umar ; إبراهيم=Ibrahim,Ebrahim ;
            خالد=Khaled,Khalid ; حسن=Hassan,Hasan ; حسين=Hussein,Hussain,Hossein ; يوسف=Youssef,Yousef,Yusuf ;
            عبدالرحمن=Abdelrahman,Abdulrahman,Abdul Rahman ; عبدالسلام=Abdelsalam,Abdulsalam,Abdussalam ; سالم=Salem,Salim ;
            صالح=Saleh,Salih ; عثمان=Osman,Othman ; إسماعيل=Ismail,Ismael ; موسى=Musa,Moussa ; آدم=Adam ;
            عبدالحميد=Abdelhamid,Abdulhamid ; عبدالعزيز=Abdelaziz,Abdulaziz ; طارق=Tarek,Tariq ; وليد=Walid,Waleed ;
            سعيد=Said,Saeed ; جمال=Jamal,Gamal ; كمال=Kamal,Kamel ; فتحي=Fathi,Fathy ; نصر=Nasr ; ناصر=Nasser,Naser ;
            منصور=Mansour,Mansur ; رمضان=Ramadan,Ramadhan ; عادل=Adel,Adil ; عماد=Emad,Imad ; هشام=Hisham,Hesham ;
            أسامة=Osama,Usama ; حمزة=Hamza ; بلال=Bilal,Belal ; أيمن=Ayman,Aymen ; ياسين=Yassin,Yasin,Yaseen ;
            زكريا=Zakaria,Zakariya ; يونس=Younes,Yunus,Younis ; هاني=Hani,Hany ; سامي=Sami,Samy ; رامي=Rami,Ramy ;
            مراد=Murad,Mourad ; أنور=Anwar ; نبيل=Nabil,Nabeel ; مجدي=Magdy,Majdi ; شريف=Sherif,Sharif ;
            عبدالكريم=Abdelkarim,Abdulkarim ; عبدالقادر=Abdelkader,Abdulkadir ; بشير=Bashir,Bachir ; طه=Taha ;
            حامد=Hamid,Hamed ; رشيد=Rashid,Rachid ; ماجد=Majid,Majed ; فيصل=Faisal,Faysal ; سليمان=Suleiman,Sulaiman,Soliman ;
            عيسى=Issa,Isa ; إدريس=Idris,Idriss ; هارون=Haroun,Harun ; يعقوب=Yacoub,Yaqub ; داود=Daoud,Dawood ; جبريل=Jibril,Gibril
            """;
    static final String ARAB_FEMALE = """
            فاطمة=Fatima,Fatma,Fatimah ; عائشة=Aisha,Aicha,Aysha ; خديجة=Khadija,Khadidja ; مريم=Mariam,Maryam,Meryem ;
            زينب=Zainab,Zeinab,Zaynab ; آمنة=Amna,Amina ; حليمة=Halima ; سلمى=Salma,Selma ; أسماء=Asma,Asmaa ;
            نور=Nour,Noor,Nur ; هدى=Huda,Houda,Hoda ; رحمة=Rahma ; نادية=Nadia ; سميرة=Samira ; سارة=Sara,Sarah ;
            هناء=Hanaa,Hana ; ليلى=Layla,Leila,Laila ; منى=Mona,Muna ; نعيمة=Naima ; سعاد=Souad,Suad ; صفية=Safiya,Safia ;
            رقية=Ruqaya,Rukaya ; هاجر=Hajer,Hajar ; جميلة=Jamila,Gamila ; كريمة=Karima ; لطيفة=Latifa ; وفاء=Wafa,Wafaa ;
            سمية=Sumaya,Soumaya ; إيمان=Iman,Eman ; رانيا=Rania ; دعاء=Doaa,Duaa ; آية=Aya,Ayah ; شيماء=Shaimaa,Shaima ;
            هبة=Heba,Hiba ; ريم=Reem,Rim ; غادة=Ghada ; نجلاء=Naglaa,Najla ; عفاف=Afaf ; سناء=Sanaa ; ابتسام=Ibtisam,Ebtesam ;
            حنان=Hanan ; أمل=Amal ; سعاد=Souad ; فريدة=Farida ; نجاة=Najat ; زهرة=Zahra,Zohra ; حواء=Hawa ; كلثوم=Kaltoum,Kalthoum
            """;

    // ---------------------------------------------------------------------------------------------------- Libya

    static final String LIBYA_MALE = """
            محمد=Mohamed,Mohammed,Muhammad ; أحمد=Ahmed,Ahmad ; علي=Ali ; عبدالسلام=Abdelsalam,Abdulsalam,Abdussalam ;
            عبدالله=Abdullah,Abdalla ; مصطفى=Mustafa,Mostafa ; عمر=Omar ; سالم=Salem ; صالح=Saleh ; خالد=Khaled,Khalid ;
            إبراهيم=Ibrahim ; عبدالحميد=Abdelhamid,Abdulhamid ; عبدالحكيم=Abdelhakim,Abdulhakim ; ميلاد=Milad ;
            مفتاح=Miftah,Muftah,Meftah ; مبروك=Mabrouk,Mabruk ; فرج=Faraj,Farag ; خليفة=Khalifa ; نوري=Nouri,Nuri ;
            حسن=Hassan ; رمضان=Ramadan ; جمعة=Juma,Jumaa ; امحمد=Emhemed,Imhemed,Mhamed ; عبدالرحمن=Abdelrahman,Abdulrahman ;
            الهادي=Elhadi,Al-Hadi,Hadi ; المهدي=Elmahdi,Al-Mahdi,Mahdi ; الطاهر=Eltaher,Al-Taher,Taher ; بشير=Bashir,Basheer ;
            عبدالباسط=Abdelbaset,Abdulbasit ; عبدالمنعم=Abdelmonem,Abdulmunim ; عبدالرزاق=Abdelrazak,Abdulrazaq ;
            عبدالعاطي=Abdelati,Abdulati ; عبدالجليل=Abdeljalil,Abduljalil ; عبدالمولى=Abdelmoula,Abdulmola ;
            إسماعيل=Ismail ; يوسف=Youssef,Yousef ; طارق=Tarek,Tariq ; وليد=Walid ; أيمن=Ayman ; أسامة=Osama,Usama ;
            حمزة=Hamza ; معتز=Moataz,Mutaz ; أنس=Anas ; مهند=Muhannad,Mohanad ; عصام=Essam,Issam ; فتحي=Fathi ;
            ناجي=Naji ; منصور=Mansour ; مسعود=Masoud,Massoud ; الصادق=Elsadek,Al-Sadiq,Sadek ; المبروك=Elmabrouk,Al-Mabrouk ;
            عياد=Ayad,Ayyad ; عاشور=Ashour,Ashur ; الصديق=Elseddik,Al-Siddiq ; حامد=Hamid,Hamed ; ضو=Daw,Dhaw ;
            امبارك=Embarek,Imbarak,Mbarek ; عطية=Atia,Attiya ; عقيلة=Agila,Aqila ; سعد=Saad ; حمد=Hamad ; عوض=Awad
            """;
    static final String LIBYA_FEMALE = """
            فاطمة=Fatima,Fatma ; عائشة=Aisha,Aicha ; خديجة=Khadija ; مريم=Mariam,Maryam ; زينب=Zainab,Zeinab ;
            سالمة=Salma,Salima,Salama ; مبروكة=Mabrouka,Mabruka ; نجاح=Najah ; فوزية=Fawzia,Fawziya ; حليمة=Halima ;
            أسماء=Asma ; نور=Nour ; هدى=Huda ; سعاد=Souad ; آمنة=Amna,Amina ; سمية=Sumaya ; إيمان=Iman,Eman ;
            رحمة=Rahma ; هناء=Hanaa ; نعيمة=Naima ; زهرة=Zahra,Zohra ; خيرية=Khayria,Khairiya ; عزيزة=Aziza ;
            نادية=Nadia ; حنان=Hanan ; أمل=Amal ; سارة=Sara ; ريم=Reem ; مروة=Marwa ; رقية=Ruqaya ; صفاء=Safaa ;
            ابتسام=Ibtisam ; نجوى=Najwa ; سلوى=Salwa ; وداد=Wedad,Widad ; فريحة=Fariha ; جميلة=Jamila ; عفاف=Afaf
            """;
    static final String LIBYA_FAMILY = """
            الورفلي=Warfalli,Al-Warfalli,Elwarfalli ; المصراتي=Misrati,Al-Misrati,Elmisrati ; الزوي=Zawi,Al-Zawi,Zuwai ;
            الترهوني=Tarhouni,Al-Tarhouni,Tarhuni ; القذافي=Gaddafi,Qaddafi,Al-Gaddafi ; العبيدي=Obeidi,Al-Obaidi,Ubaydi ;
            المقريف=Magarief,Al-Magariaf,Megrif ; الغرياني=Ghariani,Al-Gharyani,Gheriani ; السويحلي=Sweihli,Al-Suwayhili ;
            الزنتاني=Zintani,Al-Zintani ; البرعصي=Barasi,Al-Baraasi ; الفيتوري=Fitouri,Al-Fituri,Feitouri ;
            القماطي=Gmati,Qammati,Al-Gamati ; الشريف=Sharif,Al-Sharif,Cherif ; بن علي=Ben Ali,Bin Ali ;
            بن غشير=Ben Ghashir,Bin Ghashir ; الطرابلسي=Trabelsi,Al-Tarabulsi ; الككلي=Kikli,Al-Kikli ; الحاسي=Hassi,Al-Hasi ;
            المنفي=Menfi,Al-Manfi ; العقوري=Agouri,Al-Aquri ; الدرسي=Dersi,Al-Darsi ; الشاعري=Shaeri,Al-Shairi ;
            البوعيشي=Buaishi,Al-Bouaishi ; الجهاني=Jehani,Al-Juhani ; الفرجاني=Ferjani,Al-Farjani ; الكوني=Kouni,Al-Kuni ;
            الساعدي=Saadi,Al-Saadi ; المحجوب=Mahjoub,Al-Mahjub ; الشيباني=Shibani,Al-Shaibani ; التاجوري=Tajouri,Al-Tajuri ;
            الزليتني=Zliteni,Al-Zlitni ; الغدامسي=Ghadamsi,Al-Ghadamsi ; السنوسي=Senussi,Al-Sanusi ; الأوجلي=Awjali,Al-Oujli ;
            المغربي=Maghrebi,Al-Maghribi ; الجبالي=Jebali,Al-Jabali ; الفزاني=Fezzani,Al-Fazzani ; الهوني=Houni,Al-Huni ;
            بوشناف=Bushnaf,Boushnaf ; بن سعود=Ben Saud,Bin Saoud ; الدباشي=Dabbashi,Al-Dabashi ; الكبتي=Kabti,Al-Kebti ;
            القريو=Greiw,Al-Qaryo ; الشتيوي=Shtewi,Al-Shutaiwi ; الرياني=Riani,Al-Rayani ; الحضيري=Hodeiri,Al-Hudairi ;
            العريبي=Oraibi,Al-Uraibi ; الشلوي=Shallouf,Al-Shalwi ; الصويعي=Sweii,Al-Suwai ; النعاس=Naas,Al-Naas ;
            المسلاتي=Meslati,Al-Muslati ; العكاري=Akkari,Al-Akari ; الغويل=Ghwell,Al-Ghuwail ; الجعيدي=Jaaidi,Al-Juaidi ;
            بالقاسم=Belgasem,Belkacem,Bilqasim ; بوزيد=Bouzid,Buzaid ; بوخريص=Boukhris,Bukhris ; القبائلي=Gabaili,Al-Qabaili
            """;
    // Synthetic family names to give Libyans the long tail real family names have: ال + root + ي.
    static final String[] ROOT_AR = {
        "بر", "زن", "غش", "قم", "فت", "شل", "حض", "كب", "دب", "عك", "مس", "جه", "قر", "سع", "نع", "طب", "رق", "ود", "هم",
        "خر", "صب", "عم", "فر", "لط", "بد", "جع"
    };
    static final String[] ROOT_LAT = {
        "bar", "zen", "ghash", "gam", "fet", "shal", "hod", "kab", "dab", "ak", "mes", "jeh", "gar", "sa", "na", "tab",
        "rag", "wad", "ham", "khar", "sab", "am", "far", "lat", "bad", "ja"
    };
    static final String[] MID_AR = {"ا", "و", "ي", "", "ر", "ل", "ن", "ت", "ش", "ب"};
    static final String[] MID_LAT = {"a", "ou", "i", "", "r", "l", "n", "t", "sh", "b"};

    // ---------------------------------------------------------------------------------------------------- Sudan

    static final String SUDAN_MALE = """
            محمد=Mohamed,Mohammed,Muhammad ; أحمد=Ahmed ; عبدالرحمن=Abdelrahman,Abdalrahman,Abdurrahman ;
            عثمان=Osman,Othman ; عبدالله=Abdalla,Abdallah,Abdullah ; آدم=Adam ; إبراهيم=Ibrahim ; علي=Ali ; حسن=Hassan ;
            حسين=Hussein ; عمر=Omer,Omar ; مصطفى=Mustafa ; إسحاق=Ishag,Ishaq,Ishak ; يعقوب=Yagoub,Yaqub,Yacoub ;
            بابكر=Babiker,Babikir ; أبكر=Abaker,Abbaker,Abakar ; الطيب=Eltayeb,Altayeb,Tayeb ; الفاتح=Elfatih,Alfatih ;
            الصادق=Elsadig,Alsadig,Sadig ; النور=Elnour,Alnour ; السر=Elsir,Alsir ; بخيت=Bakhit,Bakheet ; موسى=Musa,Mousa ;
            عيسى=Eisa,Issa ; هارون=Haroun,Haroon ; يوسف=Yousif,Yousef,Yusuf ; إسماعيل=Ismail ; عوض=Awad ; هاشم=Hashim ;
            نصر=Nasr ; خالد=Khalid ; عبدالعزيز=Abdelaziz ; عبدالقادر=Abdelgadir,Abdulgadir,Abdelkader ; الأمين=Elamin,Alamin ;
            صديق=Siddig,Seddig ; جعفر=Gaafar,Jafar ; حامد=Hamid ; الرشيد=Elrasheed,Alrashid ; عبدالرحيم=Abdelrahim,Abdulrahim ;
            مجذوب=Magzoub,Majthoub ; دفع الله=Dafalla,Dafallah ; فضل الله=Fadlalla,Fadlallah ; حمدان=Hamdan ; جبريل=Gibril,Jibril ;
            تاج السر=Tajelsir,Tagelsir ; الزين=Elzein,Alzain ; سليمان=Suleiman,Sulaiman ; داود=Dawood,Daoud ; إدريس=Idris
            """;
    static final String SUDAN_FEMALE = """
            فاطمة=Fatima ; آمنة=Amna ; مريم=Mariam,Maryam ; عائشة=Aisha,Asha ; زينب=Zainab ; حواء=Hawa,Hawaa ;
            خديجة=Khadija ; سارة=Sara ; نفيسة=Nafisa ; إحسان=Ihsan,Ehsan ; سعاد=Suad ; هدى=Huda ; نعمات=Neimat,Nimat ;
            عواطف=Awatif ; إخلاص=Ikhlas ; حليمة=Halima ; ست النساء=Sitelnisa,Sit Alnisa ; رشا=Rasha ; مها=Maha ;
            سلمى=Salma ; منى=Muna,Mona ; نوال=Nawal ; هويدا=Howida,Huwaida ; سهام=Siham ; أم كلثوم=Umkalthoum,Um Kalthoum ;
            أميرة=Amira ; سامية=Samia ; رقية=Rugaya,Ruqaya ; صفية=Safia ; زهراء=Zahra
            """;

    // ---------------------------------------------------------------------------------------------------- Egypt

    static final String EGYPT_MALE = """
            محمد=Mohamed,Mohammed ; أحمد=Ahmed ; محمود=Mahmoud ; مصطفى=Mostafa,Mustafa ; علي=Ali,Aly ; حسن=Hassan ;
            عبدالله=Abdallah,Abdullah ; إبراهيم=Ibrahim ; سيد=Sayed,Said,Sayyid ; عمرو=Amr ; كريم=Karim,Kareem ;
            جمال=Gamal ; رجب=Ragab ; شعبان=Shaaban,Shabaan ; سعيد=Saeed,Said ; حسين=Hussein,Hussien ; خالد=Khaled ;
            عادل=Adel ; أشرف=Ashraf ; طارق=Tarek ; هاني=Hany,Hani ; وليد=Waleed,Walid ; عصام=Essam ; عماد=Emad ;
            حسام=Hossam,Hussam ; تامر=Tamer ; شريف=Sherif ; مجدي=Magdy ; حمدي=Hamdy ; رضا=Reda ; صابر=Saber ;
            سامح=Sameh ; عبدالفتاح=Abdelfattah,Abd El Fattah ; عبدالرحمن=Abdelrahman,Abd El Rahman ; عبدالعزيز=Abdelaziz ;
            فتحي=Fathy ; ناصر=Nasser ; يسري=Yousry,Yusri ; جابر=Gaber,Jaber ; عاطف=Atef ; سامي=Samy ; رمضان=Ramadan ;
            عبدالمنعم=Abdelmoneim,Abd El Moneim ; يحيى=Yehia,Yahia ; زكريا=Zakaria ; إسلام=Islam,Eslam ; أيمن=Ayman
            """;
    static final String EGYPT_FEMALE = """
            فاطمة=Fatma,Fatima ; مريم=Mariam ; نور=Nour ; منى=Mona ; هبة=Heba ; آية=Aya ; دعاء=Doaa ; شيماء=Shaimaa ;
            أسماء=Asmaa ; إيمان=Eman ; سارة=Sara ; رانيا=Rania ; ياسمين=Yasmin,Yasmeen ; هند=Hend,Hind ; نجلاء=Naglaa ;
            سماح=Samah ; عبير=Abeer ; ريهام=Reham ; أمل=Amal ; زينب=Zeinab ; سعاد=Soad ; نادية=Nadia ; هالة=Hala ;
            سناء=Sanaa ; جيهان=Gehan,Jihan ; مروة=Marwa ; داليا=Dalia ; نهى=Noha ; عزة=Azza ; وفاء=Wafaa
            """;

    // ---------------------------------------------------------------------------------------------------- Chad

    static final String CHAD_MALE = """
            محمد=Mahamat,Mahamad,Mohamed ; أبكر=Abakar,Abbakar,Aboubakar ; آدم=Adam,Adoum ; إسحاق=Issakha,Ishaq ;
            موسى=Moussa,Mousa ; عيسى=Issa ; أحمد=Ahmat,Ahmad,Ahmed ; إبراهيم=Brahim,Ibrahim ; عثمان=Ousmane,Oumar_no,Osman ;
            علي=Ali ; حسن=Hassan,Hassane ; حسين=Hissein,Hissene,Hussein ; يعقوب=Yacoub,Yakoub ; صالح=Saleh,Salah ;
            عبدالله=Abdallah,Abdoulaye ; عبدالكريم=Abdelkerim,Abdelkarim ; عبدالرحمن=Abderahim_no,Abdrahmane,Abderahmane ;
            عبدالرحيم=Abderahim,Abdelrahim ; إدريس=Idriss,Idris ; زكريا=Zakaria ; جبرين=Djibrine,Djibrin ; يوسف=Youssouf ;
            عمر=Oumar,Omar ; هارون=Haroun,Harouna ; النور=Annour,Nour ; سليمان=Souleymane,Sileyman ; داود=Daoud ;
            بشارة=Bichara,Bechara ; تيجاني=Tidjani,Tijani ; محمدي=Mahamadi,Mahammadi ; حامد=Hamid ; خليل=Khalil
            """;
    static final String CHAD_FEMALE = """
            فاطمة=Fatime,Fatimé,Fatouma ; حليمة=Halime,Halimé ; عائشة=Achta,Aicha,Achta ; حواء=Hawa,Haoua ; كلثوم=Kaltouma,Kaltoume ;
            مريم=Mariam,Mariame ; زينب=Zenaba,Zeinaba ; خديجة=Khadidja,Kadidja ; آمنة=Amina,Ameina ; رقية=Routouma_no,Roukaya ;
            سعدية=Saadia ; حليمة=Halimé ; أم كلثوم=Oumkalthoum ; زهرة=Zara,Zahra ; ستنا=Sitna
            """;

    // ---------------------------------------------------------------------------------------------------- Niger, Nigeria, Mali

    static final String NIGER_MALE = """
            مامادو=Mamadou,Mahamadou,Mamadu ; عبدالله=Abdoulaye,Abdullahi ; موسى=Moussa ; إبراهيم=Ibrahim,Ibrahima ;
            عيسى=Issa ; يوسف=Issoufou,Youssouf ; عثمان=Ousmane,Oumarou_no,Ousman ; عمر=Oumarou,Oumar ; أبوبكر=Boubacar,Aboubacar ;
            سليمان=Souleymane,Souleyman ; حميدو=Hamidou,Amidou ; أحمدو=Ahmadou,Amadou ; علي=Ali,Aliou ; آدم=Adamou,Adam ;
            هارونا=Harouna,Haruna ; يعقوبا=Yacouba,Yakouba ; صالح=Salifou_no,Saley ; حسن=Hassane,Assane ; سيدو=Seydou,Seidou ;
            إدريس=Idrissa,Idrissa ; إسماعيل=Ismael,Ismaila ; مصطفى=Moustapha ; غاربا=Garba ; ساني=Sani ; بلو=Bello ;
            مني=Mounkaila ; كريم=Karim ; ماهامان=Mahaman,Mahamane
            """;
    static final String NIGER_FEMALE = """
            فاطمة=Fatouma,Fatoumata,Fatima ; عائشة=Aissatou,Aichatou,Aicha ; خديجة=Hadiza,Hadjia ; مريم=Mariama,Mariam ;
            زينب=Zeinabou,Zenabou ; رحمة=Ramatou,Rahmatou ; حواء=Hawa,Haoua ; آمنة=Aminata,Aminatou ; بلقيس=Balkissa,Balkisa ;
            سلامة=Salamatou ; حبيبة=Habibatou ; سكينة=Sakinatou ; هدى=Houda ; نفيسة=Nafissa ; حليمة=Halimatou
            """;
    static final String NIGER_FAMILY = """
            ميغا=Maiga,Maïga ; عثمان=Ousmane ; موسى=Moussa ; إبراهيم=Ibrahim ; عيسى=Issa ; ساني=Sani ; غاربا=Garba ;
            محمدو=Mahamadou ; عبدو=Abdou ; هاماني=Hamani ; يعقوبا=Yacouba ; سيني=Seyni ; كانتي=Kanté ; ديالو=Diallo ;
            تواري=Touré,Toure ; سيسي=Cissé,Cisse ; هيما=Hima ; جيبو=Djibo ; أمادو=Amadou ; علي=Ali ; أبارشي=Abarchi
            """;
    static final String NIGERIA_MALE = """
            محمد=Muhammad,Mohammed,Muhammadu ; إبراهيم=Ibrahim ; موسى=Musa ; عبدالله=Abdullahi ; أبوبكر=Abubakar ;
            عثمان=Usman,Usmanu ; عمر=Umar,Umaru ; يوسف=Yusuf,Yusufu ; علي=Aliyu ; سليمان=Sulaiman,Suleiman ; يعقوب=Yakubu ;
            آدم=Adamu ; هارون=Haruna ; إسماعيل=Ismaila ; صالح=Salihu ; بلو=Bello ; غاربا=Garba ; ساني=Sani ; أوال=Auwal ;
            شعيبو=Shuaibu ; جبريل=Jibril,Jibrin ; إدريس=Idris ; كبير=Kabiru ; بشير=Bashir ; نصير=Nasiru ; أمينو=Aminu ;
            إيميكا=Emeka ; تشيدي=Chidi ; أولوسيغون=Olusegun ; سامويل=Samuel ; دانيال=Daniel ; جون=John ; فيكتور=Victor ;
            غودلاك=Goodluck ; إيفيني=Ifeanyi ; أوتشي=Uche ; باباتوندي=Babatunde
            """;
    static final String NIGERIA_FEMALE = """
            عائشة=Aishatu,Aisha ; فاطمة=Fatima,Fatimah ; حواء=Hauwa ; زينب=Zainab ; خديجة=Hadiza,Khadija ; آمنة=Amina ;
            مريم=Maryam ; حفصة=Hafsat,Hafsa ; رقية=Rukayya,Ruqayya ; بلقيس=Balkisu ; بلسينغ=Blessing ; جوي=Joy ;
            مرسي=Mercy ; تشيوما=Chioma ; نغوزي=Ngozi ; فيث=Faith ; بريشس=Precious ; إستير=Esther ; غريس=Grace
            """;
    static final String NIGERIA_FAMILY = """
            بلو=Bello ; إبراهيم=Ibrahim ; موسى=Musa ; عبدالله=Abdullahi ; عثمان=Usman ; يوسف=Yusuf ; علي=Aliyu ;
            أوكافور=Okafor ; أوكونكوو=Okonkwo ; أدييمي=Adeyemi ; أولاديبو=Oladipo ; إيزي=Eze ; نووسو=Nwosu ; أوبي=Obi ;
            أوجو=Ojo ; أدامو=Adamu ; دانجوما=Danjuma ; لاوال=Lawal ; شيهو=Shehu ; عليو=Aliu ; أبوبكر=Abubakar ; ساني=Sani
            """;
    static final String MALI_MALE = """
            مامادو=Mamadou,Mamadu ; موسى=Moussa ; إبراهيم=Ibrahim,Ibrahima ; عمر=Oumar ; سيدو=Seydou,Seidou ;
            بوبكر=Boubacar,Boubakar ; سليمان=Souleymane ; عبدالله=Abdoulaye ; أداما=Adama ; باكاري=Bakary,Bakari ;
            دريسا=Drissa ; سيكو=Sekou,Sékou ; موديبو=Modibo ; يعقوبا=Yacouba ; علي=Aliou,Ali ; عثمان=Ousmane ;
            حمادي=Hamadi,Hamady ; سمبا=Samba ; تيدياني=Tidiani ; لاسانا=Lassana ; فوسيني=Fousseyni ; كاليفا=Kalifa
            """;
    static final String MALI_FEMALE = """
            فاطمة=Fatoumata,Fatouma ; آمنة=Aminata ; مريم=Mariam,Mariame ; عائشة=Aissata,Aissatou ; خديجة=Kadiatou,Kadidia ;
            حواء=Awa ; ساليماتا=Salimata ; أوومو=Oumou ; روكيا=Rokia ; نيني=Nene ; كاديدياتو=Kadidiatou ; ماي=Mai
            """;
    static final String MALI_FAMILY = """
            ديالو=Diallo ; تراوري=Traoré,Traore ; كوليبالي=Coulibaly,Kulibali ; كيتا=Keita,Keïta ; تواري=Touré,Toure ;
            ديارا=Diarra ; سانغاري=Sangaré,Sangare ; سيسي=Cissé,Cisse ; دومبيا=Doumbia ; كوناتي=Konaté,Konate ;
            ميغا=Maïga,Maiga ; سيديبي=Sidibé,Sidibe ; ديابي=Diabaté,Diabate ; كاماري=Camara,Kamara ; سانوغو=Sanogo ;
            دمبيلي=Dembélé,Dembele ; فوفانا=Fofana ; باري=Barry,Bari ; سو=Sow ; با=Ba,Bah
            """;

    // ---------------------------------------------------------------------------------------------------- East

    static final String ERITREA_MALE = """
            يوناس=Yonas,Yonatan_no ; تسفاي=Tesfay,Tesfaye ; مهري=Mehari ; برهاني=Berhane,Berhani ; كيداني=Kidane ;
            هايلي=Haile ; تكلي=Tekle ; سمري=Semere ; فلمون=Filmon,Filimon ; دانيال=Daniel ; صامويل=Samuel ; يوهانس=Yohannes ;
            أمانويل=Amanuel,Emanuel ; محاري=Mihreteab_no ; سلمون=Solomon ; إدريس=Idris ; عثمان=Osman ; صالح=Saleh ;
            محمد=Mohammed,Mohamed ; إبراهيم=Ibrahim ; عمر=Omar ; أرون=Aron ; ميكائيل=Mikael ; تسفالم=Tesfalem ;
            غرماي=Ghirmay,Girmay ; أبرهام=Abraham ; ولدو=Weldu,Woldu ; مسغنا=Mesgina ; أسمروم=Asmerom
            """;
    static final String ERITREA_FEMALE = """
            هيلين=Helen ; سلام=Selam ; سناييت=Senait ; مبرات=Mebrat ; ساره=Saron_no,Sara ; فيوري=Fiori,Fiyori ;
            ليديا=Lidya,Lydia ; روتا=Ruta ; عائشة=Aisha ; فاطمة=Fatima ; مريم=Mariam,Miriam ; أزيب=Azeb ; تسيغي=Tsegereda_no,Tsega ;
            ويني=Winta ; يرسلام=Yerusalem ; برختي=Berhet,Birikti
            """;
    static final String ERITREA_FAMILY = """
            قبرمدهن=Gebremedhin,Ghebremedhin ; قبرهيوت=Gebrehiwot,Ghebrehiwet ; تسفاي=Tesfay,Tesfaye ; ولدمريم=Weldemariam,Woldemariam ;
            هايلي=Haile ; كيداني=Kidane ; تكلي=Tekle ; قبريسوس=Gebreyesus,Ghebreyesus ; أبرها=Abraha ; مهري=Mehari ;
            برهي=Berhe ; أسفها=Asfaha ; قبرمريم=Gebremariam,Ghebremariam ; هبتي=Habte ; يماني=Yemane ; تولدي=Tewolde ;
            عثمان=Osman ; إدريس=Idris ; محمد=Mohammed ; صالح=Saleh ; نور=Nur
            """;
    static final String SOMALIA_MALE = """
            محمد=Mohamed,Maxamed,Mohamud_no ; عبدي=Abdi ; أحمد=Ahmed,Axmed ; حسن=Hassan,Xasan ; علي=Ali,Cali ;
            عبدالرحمن=Abdirahman,Cabdiraxmaan ; عبدالله=Abdullahi,Cabdullahi ; عمر=Omar,Cumar ; يوسف=Yusuf ; إسماعيل=Ismail ;
            فارح=Farah,Faarax ; عثمان=Osman,Cusmaan ; إبراهيم=Ibrahim ; عبدالقادر=Abdikadir,Abdiqadir ; أويس=Awis,Aweys
            """;
    static final String SOMALIA_FEMALE = """
            فاطمة=Fadumo,Fatima ; حواء=Hawo,Hawa ; عائشة=Asha,Aisha ; خديجة=Khadija,Khadiijo ; مريم=Maryan,Maryam ;
            أمينة=Amina,Aamina ; زهرة=Sahra,Zahra ; نعيمة=Naima ; حليمة=Halima,Xaliimo ; فرحية=Farhiya
            """;

    // ---------------------------------------------------------------------------------------------------- Syria, Bangladesh

    static final String SYRIA_MALE = """
            محمد=Mohammad,Mohamad,Muhammad ; أحمد=Ahmad ; خالد=Khaled ; عمر=Omar ; حسام=Hussam,Hossam ; رامي=Rami ;
            باسل=Bassel,Basel ; فادي=Fadi ; غسان=Ghassan ; طارق=Tarek,Tareq ; ماهر=Maher ; سامر=Samer ; وائل=Wael,Wail ;
            عبدالرحمن=Abdulrahman,Abdul Rahman ; علي=Ali ; حسن=Hasan,Hassan ; محمود=Mahmoud ; يوسف=Yousef,Yusuf ;
            إبراهيم=Ibrahim ; مصطفى=Mustafa ; عبدالله=Abdullah ; أنس=Anas ; معاذ=Muaz,Moaz ; عدنان=Adnan ; زياد=Ziad,Ziyad
            """;
    static final String SYRIA_FEMALE = """
            فاطمة=Fatima ; مريم=Maryam,Mariam ; نور=Nour ; رشا=Rasha ; لمى=Lama ; هالة=Hala ; رنا=Rana ; ديما=Dima ;
            سارة=Sara ; آلاء=Alaa ; هبة=Hiba ; رهف=Rahaf ; يارا=Yara ; رغد=Raghad ; بيان=Bayan ; زينب=Zeinab
            """;
    static final String SYRIA_FAMILY = """
            الحلبي=Al-Halabi,Halabi ; الشامي=Al-Shami,Shami ; الأحمد=Al-Ahmad ; المصري=Al-Masri,Masri ; الحمصي=Al-Homsi,Homsi ;
            الخطيب=Al-Khatib,Khatib ; العلي=Al-Ali ; الحسن=Al-Hassan ; الإدلبي=Al-Idlibi,Idlibi ; الدرعاوي=Al-Daraawi ;
            السيد=Al-Sayed,Sayed ; قاسم=Kassem,Qasim ; حداد=Haddad ; نجار=Najjar,Al-Najjar ; شيخ=Sheikh,Al-Sheikh ;
            عثمان=Othman,Osman ; الحمود=Al-Hmoud,Hammoud ; الرفاعي=Al-Rifai,Rifai ; الزعبي=Al-Zoubi,Zoubi ; الكردي=Al-Kurdi,Kurdi
            """;
    static final String BANGLA_MALE = """
            محمد رفيق=Md. Rafiqul,Mohammad Rafiqul,Md Rafiqul ; محمد أمين=Md. Aminul,Mohammed Aminul ;
            محمد سيف=Md. Saiful,Mohammad Saiful ; محمد شريف=Md. Shariful,Mohd Shariful ; عبدالكريم=Abdul Karim,Abdul Kareem ;
            عبدالرحيم=Abdur Rahim,Abdul Rahim ; عبدالقادر=Abdul Kader,Abdul Quader ; كمال=Kamal ; جمال=Jamal ;
            رحيم=Rahim ; كريم=Karim ; حبيب=Habib ; مصطفى=Mostafa,Mustafa ; أنور=Anwar,Anowar ; شفيق=Shafiq,Shafik ;
            رفيق=Rafiq,Rafique ; محمد ناصر=Md. Nasir,Mohammad Nasir ; ميزان=Mizanur,Mizan ; سومون=Sumon ; ريبون=Ripon ;
            شاهين=Shahin,Shaheen ; بلال=Bilal,Belal ; جاهانجير=Jahangir ; عالمجير=Alamgir ; ذاكر=Zakir,Jakir
            """;
    static final String BANGLA_FEMALE = """
            فاطمة=Fatema,Fatima ; نسرين=Nasrin,Nasreen ; شاهانا=Shahana ; روكسانا=Roksana,Rokhsana ; تسليمة=Taslima ;
            سلمى=Salma ; رحيمة=Rahima ; شيرين=Shirin ; ياسمين=Yasmin ; نازما=Nazma,Nazma ; ريحانة=Rehana,Rihana
            """;
    static final String BANGLA_FAMILY = """
            الإسلام=Islam ; حسين=Hossain,Hossen,Hussain ; الرحمن=Rahman ; أحمد=Ahmed ; الدين=Uddin_no,Uddin ; عالم=Alam ;
            ميا=Mia,Miah ; شودري=Chowdhury,Choudhury ; شيخ=Sheikh,Shaikh ; خان=Khan ; بيغوم=Begum ; أختر=Akter,Akhter ;
            سركار=Sarker,Sarkar ; موللا=Molla,Mollah ; هوك=Hoque,Haque ; كبير=Kabir ; علي=Ali ; مندل=Mondal,Mandal
            """;

    static final List<Nationality> ALL = List.of(
            nat("LBY", 0.34, LIBYA_MALE, LIBYA_FEMALE, LIBYA_FAMILY, 0.55, 0.35, 4, false, "2189", "LY"),
            nat("SDN", 0.16, SUDAN_MALE, SUDAN_FEMALE, SUDAN_MALE, 0.40, 0.30, 4, true, "2499", "P"),
            nat("EGY", 0.10, EGYPT_MALE, EGYPT_FEMALE, EGYPT_MALE, 0.35, 0.35, 4, true, "201", "A"),
            nat("NER", 0.08, NIGER_MALE, NIGER_FEMALE, NIGER_FAMILY, 0.05, 0.10, 2, false, "2279", "N"),
            nat("TCD", 0.08, CHAD_MALE, CHAD_FEMALE, CHAD_MALE, 0.30, 0.25, 3, true, "2356", "N"),
            nat("NGA", 0.06, NIGERIA_MALE, NIGERIA_FEMALE, NIGERIA_FAMILY, 0.03, 0.07, 2, false, "2348", "A"),
            nat("MLI", 0.03, MALI_MALE, MALI_FEMALE, MALI_FAMILY, 0.05, 0.10, 2, false, "2237", "B"),
            nat("ERI", 0.04, ERITREA_MALE, ERITREA_FEMALE, ERITREA_FAMILY, 0.10, 0.15, 3, true, "2917", "P"),
            nat("SOM", 0.02, SOMALIA_MALE, SOMALIA_FEMALE, SOMALIA_MALE, 0.10, 0.15, 3, true, "2526", "P"),
            nat("SYR", 0.04, SYRIA_MALE, SYRIA_FEMALE, SYRIA_FAMILY, 0.40, 0.35, 3, false, "9639", "N"),
            nat("BGD", 0.05, BANGLA_MALE, BANGLA_FEMALE, BANGLA_FAMILY, 0.05, 0.10, 2, false, "8801", "A"));

    private static Nationality nat(
            String code,
            double share,
            String male,
            String female,
            String family,
            double arabicOnly,
            double both,
            int parts,
            boolean familyIsAncestor,
            String phonePrefix,
            String passportLetters) {
        return new Nationality(
                code,
                share,
                clean(names(male)),
                clean(names(female)),
                clean(names(family)),
                arabicOnly,
                both,
                parts,
                familyIsAncestor,
                phonePrefix,
                passportLetters);
    }

    // Spellings marked _no were second thoughts: left out.
    private static List<Name> clean(List<Name> names) {
        List<Name> out = new ArrayList<>(names.size());
        for (Name n : names) {
            List<String> lat = new ArrayList<>();
            for (String l : n.lat()) {
                if (!l.endsWith("_no")) {
                    lat.add(l);
                }
            }
            if (!lat.isEmpty()) {
                out.add(new Name(n.ar(), lat.toArray(String[]::new)));
            }
        }
        return out;
    }
}
