package org.masar.people.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-written, real-world-shaped pairs: the same person written differently must come out likely; relatives and
 * namesakes must not. Each row: what it shows, one person, the other (see {@link People} for the notation).
 */
class DuplicateEngineTests {

    static final DuplicateEngine ENGINE =
            DuplicateEngine.withClock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    static Comparison compare(String a, String b) {
        Comparison ab = ENGINE.compare(ENGINE.profile(People.parse(a)), ENGINE.profile(People.parse(b)));
        Comparison ba = ENGINE.compare(ENGINE.profile(People.parse(b)), ENGINE.profile(People.parse(a)));
        assertThat(ab.likely()).as("symmetric").isEqualTo(ba.likely());
        return ab;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            Latin variants: Mohamed/Muhammad, Aly, Hasan, El-Zawi ¦ Mohamed|Ali|Hassan|Zawi;M;1990-03-04;LBY ¦ Muhammad|Aly|Hasan|El-Zawi;M;1990-03-04;LBY
            Latin variants: Mouhamed/Mohammed, Brahim/Ibrahim ¦ Mouhamed|Ibrahim||Diallo;M;1995-07-12;GIN ¦ Mohammed|Brahim||Diallo;M;1995-07-12;GIN
            Abdelrahman/Abd al-Rahman, Ishag/Ishaq, DOB against an estimate ¦ Abdelrahman|Adam|Ishag|Mohamed;M;1988-11-20;SDN ¦ Abd al-Rahman|Adam|Ishaq|Muhammad;M;~36@2025-06-01;SDN
            Abdurrahman/Abdelrahmane ¦ Abdurrahman|Yacoub||Mahamat;M;1979-09-09;TCD ¦ Abderrahmane|Yakub||Mohamed;M;1979-09-09;TCD
            Ousmane/Osman, Moussa/Musa ¦ Ousmane|Moussa||Maiga;M;1992-05-05;MLI ¦ Osman|Musa||Maiga;M;1992-05-05;MLI
            Othman/Usman, Hausa spellings ¦ Usman|Abubakar|Garba|Bello;M;1990-10-10;NGA ¦ Othman|Aboubacar|Garba|Bello;M;1990-10-10;NGA
            francophone/anglophone: Youssouf Abakar / Yusuf Abubakar ¦ Youssouf|Abakar|Mahamat|Ould Ahmed;M;1985-02-14;TCD ¦ Yusuf|Abubakar|Mohamed|Ahmed;M;1985-02-14;TCD
            francophone/anglophone women: Aïssatou/Aisha, Hadiza/Khadija ¦ Aïssatou|Boubacar||Issoufou;F;2001-03-30;NER ¦ Aisha|Abubakar||Yusuf;F;2001-03-30;NER
            cross-script, Libyan ¦ محمد|علي|حسن|الزوي;M;1990-03-04;LBY ¦ Mohamed|Ali|Hassan|Zawi;M;1990-03-04;LBY
            cross-script, names outside the table ¦ حمد|مفتاح|امبارك|الورفلي;M;1983-12-01;LBY ¦ Hamad|Muftah|Embarek|Warfalli;M;1983-12-01;LBY
            cross-script, Sudanese ¦ الطيب|عبدالله|بابكر|النور;M;1975-06-15;SDN ¦ Eltayeb|Abdalla|Babiker|Elnour;M;1975-06-15;SDN
            cross-script, Egyptian G for ج ¦ جمال|عبد الناصر|حسين|;M;1980-01-20;EGY ¦ Gamal|Abdel Nasser|Hussein|;M;1980-01-20;EGY
            Italian-era sc for ش in a Libyan birth certificate, Bescir and Scerif ¦ Bescir|Mabruk||Scerif;M;~84@2025-06-01;LBY ¦ بشير|مبروك||الشريف;M;~85@2026-01-10;LBY
            Italian-era Sciaban against Shaaban ¦ Sciaban|Ali||Zlitni;M;1950-04-04;LBY ¦ Shaaban|Ali||Zlitni;M;1950-04-04;LBY
            Somali orthography against Arabic, an unaccompanied boy's estimates ¦ Cabdiqaadir|Maxamuud||Jaamac;M;~15@2025-02-01;SOM ¦ عبد القادر|محمود||جامع;M;~17@2026-03-01;SOM
            Somali orthography against English spellings ¦ Cawo|Cabdiraxmaan|Xirsi|;F;~30@2025-02-01;SOM ¦ Awo|Abdirahman|Hirsi|;F;~31@2026-03-01;SOM
            Tuareg daughter-of particles, Walet and Oult, one phone ¦ Aminata|||Walet Ahmed;F;2000-01-01;MLI;0945118820;;LY032003 ¦ Aminatou|||Oult Ahmed;F;~23@2023-07-07;MLI;+218 94 511 8820;;LY032101
            Hassaniya Mint only in Latin ¦ مريم|سيدي||;F;1993-09-17;MRT;;;LY021104 ¦ Mariem|Mint Sidi||;F;~32@2025-09-01;MRT;;;LY021104
            Abdo, the everyday name of any Abd- name, one phone ¦ Abdo|Hassan||;M;~33@2023-05-30;SDN;0912263380;;LY010701 ¦ Abdelaziz|Hassan||Omer;M;~34@2024-06-11;SDN;0912263380;;LY010701
            عبدو for عبد الرؤوف across scripts, one phone ¦ Abdo|Miftah||Obeidi;M;~36@2024-03-01;LBY;0945660299;;LY010304 ¦ عبد الرؤوف|مفتاح|حسين|العبيدي;M;1988-02-02;LBY;0945660299;;LY010202
            Hamada, the everyday name of Ahmed, one phone ¦ Hamada|Abdelhamid||Fouad;M;~35@2023-10-10;EGY;0925538800;;LY021102 ¦ أحمد / Ahmed|عبدالحميد / Abdelhamid|فؤاد / Fouad|سليمان / Soliman;M;1988-05-19;EGY;092-5538800;;LY021102
            Libyan Amhimmed for امحمد, one phone ¦ Emhemed|Salem|Ibrahim|;M;1971-02-11;LBY;0912207700;;LY031801 ¦ Amhimmed|Salem|Ibrahim|Hasnawi;M;~54@2025-09-03;LBY;+218 91 220 7700;;LY031801
            Edrees for Idris, Snousi for Al-Senussi ¦ Al-Senussi|Idris|Ali|Al-Mismari;M;1957-10-10;LBY;;national_id:119573309100:LBY;LY010102 ¦ Snousi|Edrees|Ali|Mesmari;M;~65@2023-09-30;LBY;0917440900;;LY010102
            ذ heard as د, دهب and ذهب ¦ يوسف|عبد الله|حسن|دهب;M;2003-03-15;SDN;;;LY010701 ¦ يوسف|عبدالله|حسن|ذهب;M;2003-03-15;SDN;0917723000;;LY010702
            Alali joined is Al-Ali ¦ Abdullah|Mustafa|Hussein|Al-Ali;M;2000-03-09;SYR;;;LY010304 ¦ Abdallah|Moustafa||Alali;M;2000-03-09;SYR;0944172000;;LY010202
            ط then ش, الطشاني is Tashani ¦ Ibrahim|Ezzeddin|Nouri|Al-Tashani;M;2009-11-11;LBY;;;LY010102 ¦ إبراهيم|عز الدين|نوري|الطشاني;M;~14@2024-02-12;LBY;0925644800;;LY010403
            Ethiopian G/ for Gebre ¦ Almaz|G/Mariam||;F;1993-02-02;ETH ¦ Almaz|Gebremariam||;F;1993-02-02;ETH
            Ethiopian H/ for Haile, against Arabic ¦ Tsega|H/Mariam||;F;1995-03-03;ETH ¦ تسيغا|هايلي مريم||;F;1995-03-03;ETH
            Eritrean W/ for Wolde, against Arabic ¦ Yonas|W/ Michael||;M;1990-05-05;ERI ¦ يوناس|ولد ميكائيل||;M;1990-05-05;ERI
            Eritrean T/ for Tekle ¦ Senait|T/Haimanot||;F;1998-08-08;ERI ¦ Senait|Teklehaimanot||;F;1998-08-08;ERI
            Sudanese A/ for Abdel ¦ Mohamed|A/Rahman|Osman|;M;1985-01-20;SDN ¦ محمد|عبد الرحمن|عثمان|;M;1985-01-20;SDN
            Modou, the Wolof Mamadou, as a clerk hears it ¦ مودو|||ديوب;M;~30@2024-10-10;SEN;+221 77 123 45 09 ¦ Mamadou|||Diop;M;1994-04-18;SEN;77 123 45 09
            Mahamat written back in Arabic as heard ¦ محمت|يعقوب|بشارة|;M;1990-05-20;TCD;+235 66 02 44 17 ¦ محمد|يعقوب|بشارة|;M;1990-05-20;TCD;0023566024417
            Sudanese ع/ for عبد ¦ محمد|ع/الرحيم|آدم|;M;1985-01-20;SDN ¦ Mohamed|Abdelrahim|Adam|;M;1985-01-20;SDN
            cross-script, Eritrean ¦ يوناس|تسفاي||قبرهيوت;M;1996-08-08;ERI ¦ Yonas|Tesfay||Gebrehiwot;M;1996-08-08;ERI
            cross-script, Syrian with estimated ages ¦ خالد|عمر|الحلبي;M;~40@2024-01-10;SYR ¦ Khaled|Omar|Al-Halabi;M;~41@2025-03-01;SYR
            cross-script, Chadian woman ¦ حليمة|آدم|محمد|;F;1999-04-04;TCD ¦ Halime|Adoum|Mahamat|;F;1999-04-04;TCD
            cross-script, Nigerien with a Hausa name ¦ زينب|عيسى||;F;1994-02-02;NER;+227 96 12 34 56 ¦ Zeinabou|Issa||;F;1994-02-02;NER;0022796123456
            cross-script, Bangladeshi ¦ محمد رفيق|الإسلام||;M;1987-07-07;BGD ¦ Md. Rafiqul|Islam||;M;1987-07-07;BGD
            cross-script, ق written G, ال dropped ¦ نجيب|الهادي||القماطي;M;1979-02-02;LBY ¦ Najib|Elhadi||Gmati;M;1979-02-02;LBY
            cross-script, ث written th ¦ ثامر|||الحلبي;M;1985-01-11;SYR ¦ Thamer|||Halabi;M;1985-01-11;SYR
            cross-script, ذ and ظ written z and dh ¦ ذكرى|خالد||الغرياني;F;1999-09-19;LBY ¦ Zekra|Khaled||Ghariani;F;1999-09-19;LBY
            cross-script, ش written ch (francophone) ¦ غادة|||الشامي;F;1991-11-11;SYR ¦ Ghada|||Chami;F;1991-11-11;SYR
            cross-script, Chadian Issakha and Abakar, estimated ages ¦ عوض|أبكر|إسحاق|;M;~30@2025-01-01;TCD ¦ Awad|Abakar|Issakha|;M;~31@2025-06-01;TCD
            cross-script, Malian family name ¦ إبراهيم|||كوليبالي;M;1993-03-03;MLI ¦ Ibrahim|||Coulibaly;M;1993-03-03;MLI
            cross-script, Igbo names ¦ إيجيكي|||أوكونكوو;M;1994-04-14;NGA ¦ Ejike|||Okonkwo;M;1994-04-14;NGA
            cross-script, Allah compounds spaced in Arabic ¦ فضل الله|دفع الله|آدم|;M;1989-04-02;SDN ¦ Fadlallah|Dafalla|Adam|;M;1989-04-02;SDN
            Allah compounds spaced in Latin ¦ Fadl Allah|Jad-Alla|Omer|;M;1975-12-01;SDN ¦ Fadlalla|Jadallah|Omar|;M;1975-12-01;SDN
            cross-script, س then ه is not sh: Siham, Sahar ¦ سهام|سحر|عمر|;F;1992-02-12;SDN ¦ Siham|Sahar|Omer|;F;1992-02-12;SDN
            cross-script, Umm Kalthoum joined ¦ أم كلثوم|آدم||;F;1990-05-15;SDN ¦ Oumkalthoum|Adam||;F;1990-05-15;SDN
            both scripts on one side ¦ محمد / Mohamed|عبد السلام / Abdelsalam||المصراتي / Misrati;M;1993-09-21;LBY ¦ Mohammed|Abdulsalam||Al Misrati;M;1993-09-21;LBY
            hamza forms, alef maqsura ¦ أحمد|مصطفى|إبراهيم|الفيتوري;M;1970-02-02;LBY ¦ احمد|مصطفي|ابراهيم|فيتوري;M;1970-02-02;LBY
            ta marbuta and ha ¦ فاطمة|خليفة|سالم|القماطي;F;1982-03-03;LBY ¦ فاطمه|خليفه|سالم|قماطي;F;1982-03-03;LBY
            joined and spaced abd compounds ¦ عبد الله|عبد الرحمن|عبد القادر|الشريف;M;1991-01-15;LBY ¦ عبدالله|عبدالرحمن|عبدالقادر|شريف;M;1991-01-15;LBY
            diacritics and tatweel ¦ مُحَمَّد|عـــلـي|سَالِم|;M;2000-05-05;LBY ¦ محمد|علي|سالم|;M;2000-05-05;LBY
            grandfather missing, family kept ¦ Mohamed|Ali|Hassan|Zawi;M;1990-03-04;LBY ¦ Mohamed|Ali||Zawi;M;1990-03-04;LBY
            father missing, grandfather shifted into father ¦ Salem|Mohamed|Ali|Gaddafi;M;1977-07-07;LBY ¦ Salem|Ali|Gaddafi|;M;1977-07-07;LBY
            only given and family on one side, same phone ¦ Mohamed|Ali|Hassan|Zawi;M;1990-03-04;LBY;0912345678 ¦ Mohamed|||Zawi;M;;LBY;+218 91-234-5678
            given and family swapped ¦ Mamadou|Sekou||Diallo;M;1998-12-12;GIN ¦ Diallo|Sekou||Mamadou;M;1998-12-12;GIN
            particles bin, ould ¦ Ahmed|bin Salem||Ould Mohamed;M;1984-04-04;MRT ¦ Ahmed|Salem||Mohamed;M;1984-04-04;MRT
            particle wad, Sudanese ¦ Hamid|wad Ibrahim||Abdelrahim;M;1969-06-06;SDN ¦ Hamid|Ibrahim||Abdulrahim;M;1969-06-06;SDN
            titles: El Hadj, Alhaji, الحاج, Dr. ¦ El Hadj Mamadou|Boubacar||Diallo;M;1960-06-06;GIN ¦ Mamadou|Boubacar||Diallo;M;1960-06-06;GIN
            Arabic title الحاج ¦ الحاج عمر|سالم||المنفي;M;1955-05-25;LBY ¦ Omar|Salem||Menfi;M;1955-05-25;LBY
            abbreviation Mohd ¦ Mohd|Kamal||Hossain;M;1990-02-11;BGD ¦ Mohammad|Kamal||Hossain;M;1990-02-11;BGD
            nickname Hamada ¦ Hamada|Saleh|Ragab|Masri;M;1986-10-10;EGY ¦ Mohamed|Saleh|Ragab|El-Masri;M;1986-10-10;EGY
            nickname Abdo ¦ Abdo|Hassan|Omar|Bashir;M;1979-03-03;SDN ¦ Abdallah|Hassan|Omar|Elbashir;M;1979-03-03;SDN
            typing slips ¦ Mohmaed|Alli|Hasan|Zwai;M;1990-03-04;LBY ¦ Mohamed|Ali|Hassan|Zawi;M;1990-03-04;LBY
            typing slips in a rare name ¦ Tesfalem|Gebremariam||Weldu;M;1993-03-03;ERI ¦ Tesfalm|Gebremarim||Weldu;M;1993-03-03;ERI
            day and month swapped ¦ Fatima|Omar|Salem|Tarhouni;F;1985-03-07;LBY ¦ Fatima|Omar|Salem|Tarhouni;F;1985-07-03;LBY
            birth year off by one ¦ Aisha|Musa|Adam|Haroun;F;1997-11-23;TCD ¦ Aisha|Musa|Adam|Haroun;F;1998-11-23;TCD
            first of January placeholder ¦ Idriss|Adam||Abakar;M;1990-01-01;TCD ¦ Idris|Adam||Abakar;M;1990-08-17;TCD
            estimated age against a date of birth ¦ Ibrahim|Moussa||Sanogo;M;~30@2024-05-01;MLI ¦ Ibrahima|Musa||Sanogo;M;1993-02-10;MLI
            same passport with spaces and a lost prefix ¦ Samuel|Tekle||Haile;M;1991-01-01;ERI;;passport:P 0234 5678:ERI ¦ Samuel|Tekle||Haile;M;~33@2025-01-01;ERI;;passport:02345678:ERI
            the letter O typed for the zero after a passport's prefix, across scripts ¦ صموئيل|تكلي||هيلي;M;;ERI;;passport:PO1234567:ERI ¦ Samuel|Tekle||Haile;M;1991-01-01;ERI;;passport:P01234567:ERI
            same national id, names typed differently ¦ Mahmoud|Abdelhamid||Sweihli;M;1988-08-08;LBY;;national_id:1198-8012-3456:LBY ¦ محمود|عبد الحميد||السويحلي;M;;LBY;;national_id:119880123456:LBY
            phone in Arabic-Indic digits ¦ Khadija|Idris||Zaghawa;F;2000-10-10;SDN;٠٩١٢٣٤٥٦٧٨ ¦ Khadidja|Idriss||Zaghawa;F;~26@2026-01-01;SDN;00218912345678
            an Egyptian number in national format and with +20, two words, rough ages ¦ Tamer|||Gad;M;~30@2025-01-01;EGY;010 1234 5678 ¦ تامر|||جاد;M;~31@2026-01-01;EGY;+20 10 1234 5678
            a Chadian number without its country code and with +235 ¦ Mahamat|Abakar||;M;~25@2025-01-01;TCD;66 12 34 56 ¦ محمد|أبكر||;M;~26@2026-01-01;TCD;+235 66 12 34 56
            a Nigerian number in national format and with +234 ¦ Chinedu|||Okafor;M;~28@2025-01-01;NGA;0803 123 4567 ¦ Chinedu|||Okafor;M;~29@2026-01-01;NGA;+234 803 123 4567
            Libya's country code typed twice before a phone ¦ Ali|Mohamed||Zawi;M;1990-01-21;LBY;+218 218 91 234 5678 ¦ Ali|Mohamed||Zawi;M;;LBY;0912345678
            a slip in an Arabic given name: one letter for another that differs by its dots ¦ رشا|عبدالجليل|عبدالباسط|الغرياني;F;2006-01-09;LBY;0951016662 ¦ رسا|عبدالجليل|عبدالباسط|الغرياني;F;2006-01-09;LBY
            a consonant lost in an Arabic given name, same phone and age ¦ جمعة|أنس|محمد|الفزاني;M;~55@2025-05-14;LBY;0911024925 ¦ جعة|أنس|محمد|الفزاني;M;~55@2025-10-17;LBY;0911024925
            the same consonants spelt with other vowels (Heleema, Halima) ¦ Heleema|Mouhammad|Kalid|;F;2019-07-04;SDN ¦ Halima|Mohamed|Khalid|;F;2019-07-04;SDN
            Chadian Achta for Aisha, across scripts ¦ عائشة|حسن|آدم|;F;1992-03-14;TCD ¦ Achta|Hassan|Adoum|;F;1992-03-14;TCD
            nickname Hamouda ¦ Hamouda|Ali|Salem|Zintani;M;1995-05-05;LBY ¦ Mohamed|Ali|Salem|Zintani;M;1995-05-05;LBY
            cross-script, تش written ch ¦ تشينيدو|||أوكافور;M;1997-07-17;NGA ¦ Chinedu|||Okafor;M;1997-07-17;NGA
            cross-script, Egyptian G for both ج of Hagag ¦ حجاج|عبدالغني||;M;1979-09-09;EGY ¦ Hagag|Abdel Ghany||;M;1979-09-09;EGY
            cross-script, Mamadou written in Arabic ¦ ممادو|||باه;M;1999-09-19;GIN ¦ Mamadou|||Bah;M;1999-09-19;GIN
            cross-script, an inner ʿayn between two letters alike (Muammar) ¦ سيف الإسلام|معمر||;M;1972-06-25;LBY ¦ Saif Al-Islam|Muammar||;M;1972-06-25;LBY
            a compound in one word against two, across scripts (Awadelkarim) ¦ الفاضل|عوض الكريم||;M;1970-07-07;SDN ¦ Elfadil|Awadelkarim||;M;1970-07-07;SDN
            a compound given name in one word against two (Sitelnisa) ¦ Sitelnisa|Abaker|Ayad|Elghashbaki;F;1989-05-23;LBY ¦ ست النساء|أبكر|عياد|الغشبعكي;F;1989-05-23;LBY
            a compound spaced and joined in Latin (Saif Eldin) ¦ Saif Eldin|Hassan||;M;1988-08-08;SDN ¦ Saifeldin|Hassan||;M;1988-08-08;SDN
            a compound of a very common name and another, joined and spaced (Mohamedsalah, Mohamed Salah) ¦ Mohamedsalah|Hamed||Elsayed;M;1980-01-01;EGY ¦ Mohamed Salah|Hamed||Elsayed;M;1980-01-01;EGY
            a compound joined and spaced (Gulmohammad, Gul Mohammad) ¦ Gulmohammad|Khan||;M;1990-01-01;AFG ¦ Gul Mohammad|Khan||;M;1990-01-01;AFG
            a compound split over two fields by the form (صلاح | الدين) ¦ صلاح|الدين|بادي|;M;1964-02-02;LBY ¦ Salahddin|Badi||;M;1964-02-02;LBY
            a compound split over two fields, Latin (Abdel | Rahman) ¦ Abdel|Rahman|Ali|Omar;M;1987-07-07;SDN ¦ Abdelrahman|Ali|Omar|;M;1987-07-07;SDN
            a compound split over two fields, Arabic (عبد | الله) ¦ عبد|الله|علي|الزوي;M;1987-07-07;LBY ¦ عبدالله|علي||الزوي;M;1987-07-07;LBY
            a compound split over two fields, Latin (Nour | Eddine) ¦ Nour|Eddine|Salem|Trabelsi;M;1985-05-05;TUN ¦ Noureddine|Salem||Trabelsi;M;1985-05-05;TUN
            a South Asian Uddin in a field of its own stays there, across scripts ¦ رحيم|الدين||;M;1993-03-03;BGD ¦ Rahim|Uddin||;M;1993-03-03;BGD
            women's titles (Hadja, Hajia) ¦ Hadja Fatoumata|||Bah;F;1960-03-03;GIN ¦ Fatoumata|||Bah;F;1960-03-03;GIN
            Wolof Fatou for Fatoumata, Gambian Lamin for Lamine ¦ Fatou|Lamin||Jallow;F;1995-03-03;GMB ¦ Fatoumata|Lamine||Diallo;F;1995-03-03;GMB
            two compounds spaced and joined (Haile Selassie, Wolde Michael) ¦ Hailesilassie|Woldemichael||;M;1989-09-09;ETH ¦ Haile Selassie|Wolde Michael||;M;1989-09-09;ETH
            Abu alone is a name (Nigeria), not half of a split compound: the father's name left out ¦ Abu|Musa|Sani|Bello;M;1991-04-04;NGA ¦ Abu|Sani||Bello;M;1991-04-04;NGA
            Somali Mohamud is Mahmoud (Maxamuud), not Mohamed ¦ Maxamuud|Cali||;M;1980-03-04;SOM ¦ Mohamoud|Ali||;M;1980-03-04;SOM
            cross-script, Somali Mohamud ¦ محمود|علي||;M;1980-03-04;SOM ¦ Mohamud|Ali||;M;1980-03-04;SOM
            cross-script, Tidiane is Tijani ¦ تيجاني|||ديالو;M;1995-05-05;GIN ¦ Tidiane|||Diallo;M;1995-05-05;GIN
            cross-script, Tigrinya Wolde joined in Latin (Woldemichael, ولد ميكائيل) ¦ يوناس|ولد ميكائيل||;M;1995-05-05;ERI ¦ Yonas|Woldemichael||;M;1995-05-05;ERI
            cross-script, John ¦ جوزيف|جون||;M;1995-05-05;NGA ¦ Joseph|John||;M;1995-05-05;NGA
            cross-script, the k of Christopher ¦ كريستوفر|||أوكافور;M;1995-05-05;NGA ¦ Christopher|||Okafor;M;1995-05-05;NGA
            cross-script, Kadidiatou is Khadija ¦ خديجة|||سيسي;F;1995-05-05;NER ¦ Kadidiatou|||Cissé;F;1995-05-05;NER
            cross-script, the long u of Rasoul is no Bengali -ul (Hasabelrasoul) ¦ حسب الرسول|آدم||;M;1985-05-05;SDN ¦ Hasabelrasoul|Adam||;M;1985-05-05;SDN
            Maghrebi Med for Mohamed, Ben Salah joined ¦ Mohamed Amine|Ben Salah||;M;1990-03-04;TUN ¦ Med Amine|Bensalah||;M;1990-03-04;TUN
            cross-script, Malian Seydou Traoré ¦ سيدو|||تراوري;M;1995-05-05;MLI ¦ Seydou|||Traoré;M;1995-05-05;MLI
            cross-script, Guinean Amadou Boubacar Barry ¦ أمادو|بوبكر||باري;M;1995-05-05;GIN ¦ Amadou|Boubacar||Barry;M;1995-05-05;GIN
            cross-script, Eritrean Gebreselassie ¦ فيلمون|قبرسلاسي||;M;1995-05-05;ERI ¦ Filmon|Gebreselassie||;M;1995-05-05;ERI
            cross-script, Nigerian Blessing Okafor ¦ بليسينج|||أوكافور;F;1995-05-05;NGA ¦ Blessing|||Okafor;F;1995-05-05;NGA
            cross-script, Yoruba Oluwaseun Adeyemi ¦ أولوسيون|||أديمي;M;1995-05-05;NGA ¦ Oluwaseun|||Adeyemi;M;1995-05-05;NGA
            cross-script, Somali Abdiweli Dahir ¦ عبدي ولي|ضاهر||;M;1995-05-05;SOM ¦ Abdiweli|Dahir||;M;1995-05-05;SOM
            cross-script, Eritrean Abraham Habtom ¦ ابرهام|هبتوم||;M;1995-05-05;ERI ¦ Abrham|Habtom||;M;1995-05-05;ERI
            cross-script, Pakistani Muhammad Imran Khan ¦ محمد عمران|||خان;M;1995-05-05;PAK ¦ Muhammad Imran|||Khan;M;1995-05-05;PAK
            cross-script, Chadian Kaltouma ¦ كلتومة|محمد||;F;1995-05-05;TCD ¦ Kaltouma|Mahamat||;F;1995-05-05;TCD
            cross-script, Libyan Emhemed and a prosthetic alef (امحمد, اعبيد) ¦ امحمد|اعبيد||;M;1980-01-15;LBY ¦ Emhemed|Abeid||;M;1980-01-15;LBY
            cross-script, Libyan Mbarek, Sweisi ¦ امبارك|اسويسي||;M;1980-01-15;LBY ¦ Mbarek|Sweisi||;M;1980-01-15;LBY
            cross-script, Libyan Ekhlifa and Maiteeg ¦ اخليفة|امعيتيق||;M;1980-01-15;LBY ¦ Khalifa|Maiteeq||;M;1980-01-15;LBY
            cross-script, Libyan Gwider and Rhouma, ق written G ¦ اقويدر|ارحومة||;M;1980-01-15;LBY ¦ Gwider|Rhuma||;M;1980-01-15;LBY
            cross-script, Shaaban written Chaabane ¦ شعبان|علي||;M;1980-01-15;LBY ¦ Chaabane|Ali||;M;1980-01-15;LBY
            Chadian Djibrine for Jibril ¦ Djibrine|Adam||;M;1980-01-15;TCD ¦ Jibril|Adam||;M;1980-01-15;TCD
            Chadian Allamine for Al-Amin ¦ Allamine|Abakar||;M;1980-01-15;TCD ¦ Al-Amin|Abakar||;M;1980-01-15;TCD
            Chadian Bichara for Bishara ¦ Bichara|Adam||;M;1980-01-15;TCD ¦ Bishara|Adam||;M;1980-01-15;TCD
            Chadian Abderamane for Abdelrahman ¦ Abderamane|Issa||;M;1980-01-15;TCD ¦ Abdelrahman|Issa||;M;1980-01-15;TCD
            Chadian Zenaba for Zainab ¦ Zenaba|Adam||;F;1980-01-15;TCD ¦ Zainab|Adam||;F;1980-01-15;TCD
            Hausa Oumarou, Umaru ¦ Oumarou|Sani||;M;1980-01-15;NER ¦ Umaru|Sani||;M;1980-01-15;NER
            the whole name typed into the given name field ¦ Mohamed Ali Hassan Zawi|||;M;1990-03-04;LBY ¦ Mohamed|Ali|Hassan|Zawi;M;1990-03-04;LBY
            the whole name in Arabic typed into the given name field ¦ محمد علي حسن الزوي|||;M;1990-03-04;LBY ¦ Mohamed|Ali|Hassan|Zawi;M;1990-03-04;LBY
            academic transliteration with ʿ and dots below ¦ ʿAbd al-Raḥmān|Aḥmad||al-Ṭāhir;M;1990-03-04;SDN ¦ Abdelrahman|Ahmed||Tahir;M;1990-03-04;SDN
            capitals, a hyphen and doubled spaces ¦ MOHAMED  ALI|SALEM||AL-ZAWI;M;1990-03-04;LBY ¦ Mohamed Ali|Salem||Zawi;M;1990-03-04;LBY
            two very common names on one phone in two formats, no age ¦ Adam|Issa;M;;TCD;٠٩١٢٣٤٥٦٧٨ ¦ Adam|Issa;M;;TCD;+218 91 234 5678
            a final long a written with alef or alef maqsura (موسا, موسى; رضا, رضى) ¦ موسا|رضا||الزوي;M;1980-01-15;LBY ¦ موسى|رضى||الزوي;M;1980-01-15;LBY
            Taha written long (طاها, طه), Yahya short (يحي) ¦ طاها|يحي||الزوي;M;1980-01-15;LBY ¦ طه|يحيى||الزوي;M;1980-01-15;LBY
            a compound given name with a slip in its second word (Mahamat Nour, Mahamat Nur) ¦ Mahamat Nour|Abakar||Issa;M;2005-06-06;TCD ¦ Mahamat Nur|Abakar||Issa;M;2005-06-06;TCD
            a compound given name against its second word alone (Mohamed Amin, Amin) ¦ Mohamed Amin|Ali||Zawi;M;1990-02-02;LBY ¦ Amin|Ali||Zawi;M;1990-02-02;LBY
            Fatima Zahra against Fatima Ezzahra ¦ Fatima Zahra|Ali||Idrissi;F;1990-01-01;MAR ¦ Fatima Ezzahra|Ali||Idrissi;F;1990-01-01;MAR
            Abu al-Qasim: the article kept after Abu in Latin as in Arabic ¦ أبو القاسم|علي||;M;1980-01-15;LBY ¦ Abou El Kacem|Ali||;M;1980-01-15;LBY
            Abu al-Qasim contracted (Belgasem, بلقاسم) ¦ بلقاسم|علي||;M;1980-01-15;LBY ¦ Abu al-Qasim|Ali||;M;1980-01-15;LBY
            Maghrebi Kacem for Qasim ¦ Kacem|Ali||Trabelsi;M;1980-01-15;TUN ¦ Qasim|Ali||Trabelsi;M;1980-01-15;TUN
            cross-script, Umm el Kheir ¦ أم الخير|علي||;F;1980-01-15;LBY ¦ Umm el Kheir|Ali||;F;1980-01-15;LBY
            sex entered wrong for a name the clerk did not know, same date of birth ¦ Ousseini|Hama||Issoufou;F;1992-05-01;NER ¦ Ousseini|Hama||Issoufou;M;1992-05-01;NER
            sex entered wrong, same phone and date of birth ¦ Khaled|Mohamed|Ali|Zawi;M;1992-05-01;LBY;0912345678 ¦ Khaled|Mohamed|Ali|Zawi;F;1992-05-01;LBY;0912345678
            sex entered wrong, across scripts, a name of the table ¦ Khaled|Mohamed|Ali|Zawi;F;1992-05-01;LBY ¦ خالد|محمد|علي|الزوي;M;1992-05-01;LBY
            cross-script, two letters alike side by side in Arabic are two syllables (Kikli, Farihah) ¦ فريحة|يوسف|مصطفى|الككلي;F;1993-09-04;LBY ¦ Farihah|Youssaf|Mostafa|Kikli;F;1993-09-04;LBY
            cross-script, Aya ¦ آية|إسماعيل|مصطفى|;F;1997-10-11;LBY ¦ Aya|Ismail|Mustafa|;F;1997-10-11;LBY
            nickname عبدو for Abdallah ¦ عبدو|عقيلة|مصطفى|الشلتفري;M;2002-10-19;LBY ¦ عبدالله|عقيلة|مصطفى|الشلتفري;M;2002-10-19;LBY
            nickname Hamada in Arabic script against Mohamed ¦ حمادة|صالح|رجب|;M;1986-10-10;EGY ¦ Mohamed|Saleh|Ragab|;M;1986-10-10;EGY
            a slip in a short Latin name of the table (Musa), same date and phone ¦ Muaa|Abubakar||Oladipo;M;1999-03-31;NGA;0920764190 ¦ Musa|Abubakar||Oladipo;M;1999-03-31;NGA;0920764190
            a long vowel lost from a name of the table (Khalid), same date of birth ¦ خلد|محمد|عبدالعاطي|;M;2019-05-13;TCD ¦ خالد|محمد|عبدالعاطي|;M;2019-05-13;TCD
            a letter of a name of the table mistyped for one of its shape (Ghassan), same date and phone ¦ غساي|عبدالمنعم|عبدالجليل|الصبتفري;M;2008-10-17;LBY;0924490535 ¦ غسان|عبدالمنعم|عبدالجليل|الصبتفري;M;2008-10-17;LBY;0924490535
            a family name of "son of" spaced and joined (Ben Amer, Benamer) ¦ Ali|Salem||Ben Amer;M;1979-07-07;LBY ¦ Ali|Salem||Benamer;M;1979-07-07;LBY
            a family name of "son of" joined, across scripts (بن علي, Benali) ¦ يوسف|إبراهيم||بن علي;M;1983-03-03;LBY ¦ Youssef|Ibrahim||Benali;M;1983-03-03;LBY
            a family name of "son of" and a name outside the table, spaced and joined (Ben Ghalboun, Benghalboun), ages only ¦ Salah|Mustafa||Ben Ghalboun;M;~45@2025-02-01;LBY ¦ Salah|Mustafa||Benghalboun;M;~46@2026-01-01;LBY
            the same spaced in Arabic, joined in Latin (بن غلبون, Benghalbun) ¦ صلاح|مصطفى||بن غلبون;M;~45@2025-02-01;LBY ¦ Salah|Mustafa||Benghalbun;M;~46@2026-01-01;LBY
            and joined in Arabic, spaced in Latin (بنقدارة, Ben Gdara) ¦ نوري|سالم||بنقدارة;M;1979-09-09;LBY ¦ Nouri|Salem||Ben Gdara;M;1979-09-09;LBY
            إسحق and هرون written without their long alef, against Ishag and Haroun ¦ إسحق|هرون|عبدالله|;M;~40@2025-03-01;SDN;0912220011 ¦ Ishag|Haroun|Abdalla|;M;1985-06-06;SDN;+218 91 222 0011
            the Chadian عشة against Achta, estimates, one phone ¦ عشة|محمد|يوسف|;F;~35@2025-01-10;TCD;0925550199 ¦ Achta|Mahamat|Youssouf|;F;~36@2025-11-20;TCD;+218 92 555 0199
            the Mauritanian Lemine against الأمين, one date ¦ محمد الأمين|سيدي||;M;1988-08-18;MRT ¦ Mohamed Lemine|Sidi||;M;1988-08-18;MRT
            the Hausa short form Sule for Sulaiman, one phone ¦ Sulaiman|Musa||Danjuma;M;~40@2025-02-01;NGA;08031234567 ¦ Sule|Musa||Danjuma;M;~41@2025-10-01;NGA;+2348031234567
            the lineage's "son of" before a father's name outside the table, against the father's name alone ¦ Yonas|bin Kiflom||;M;~30@2025-02-01;ERI;0913334455 ¦ Yonas|Kiflom||;M;~31@2026-01-01;ERI;0913334455
            a family name of "son of" joined in both scripts (بنعمران, Ben Omran) ¦ خالد|سالم||بنعمران;M;1990-12-12;LBY ¦ Khaled|Salem||Ben Omran;M;1990-12-12;LBY
            Maghrebi names with the article (Larbi, Lahcen, Lakhdar) ¦ Lahcen|Larbi||Lakhdar;M;1979-07-07;DZA ¦ الحسن|العربي||الأخضر;M;1979-07-07;DZA
            anglophone Gambian and francophone Senegalese spellings (Ebrima Jallow, Ibrahima Diallo) ¦ Ebrima|||Jallow;M;1995-03-03;GMB ¦ Ibrahima|||Diallo;M;1995-03-03;GMB
            Wolof Modou for Mamadou, Ceesay for Cissé ¦ Modou|Lamin||Ceesay;M;1993-11-02;GMB ¦ Mamadou|Lamine||Cissé;M;1993-11-02;SEN
            Njie for Ndiaye, Jobe for Diop ¦ Fatou|Omar|Jobe|Njie;F;2000-04-18;SEN ¦ Fatou|Oumar|Diop|Ndiaye;F;2000-04-18;SEN
            Ousseini for Hussaini ¦ Ousseini|Moussa||Hamani;M;1990-01-01;NER ¦ Hussaini|Musa||Hamani;M;1990-01-01;NER
            Wolof Assane for Hassan, Alassane for Al-Hassan ¦ Assane|Alassane||Ndiaye;M;1995-03-03;SEN ¦ Hassan|Al-Hassan||Njie;M;1995-03-03;SEN
            Md. alone in the given name, the given name in the father's field (Md | Rafiqul) ¦ Md|Rafiqul||Islam;M;1987-07-07;BGD ¦ Rafiqul|||Islam;M;1987-07-07;BGD
            Md spread over the fields against Mohammad Shahidul in one ¦ Md|Shahidul||Islam;M;1991-02-14;BGD ¦ Mohammad Shahidul|||Islam;M;1991-02-14;BGD
            Md spread over the fields against the Arabic script ¦ Md|Shahidul||Islam;M;1991-02-14;BGD ¦ محمد شهيد|||الإسلام;M;1991-02-14;BGD
            Egyptian Abdou = عبده ¦ Abdou|Mahmoud||Ibrahim;M;1991-01-11;EGY ¦ عبده|محمود||إبراهيم;M;1991-01-11;EGY
            Guinean Aliou = أليو, whose al is no article ¦ أليو|||باري;M;1995-05-05;GIN ¦ Aliou|||Barry;M;1995-05-05;GIN
            Ethiopian Alemu = ألمو ¦ Tigist|Alemu||;F;1993-08-08;ETH ¦ تيجست|ألمو||;F;1993-08-08;ETH
            Guinean Alimou = أليمو ¦ Alimou|||Sow;M;1990-02-02;GIN ¦ أليمو|||سو;M;1990-02-02;GIN
            Guinean Alpha = ألفا, Almamy = ألمامي ¦ Alpha|Almamy||Diallo;M;1995-05-05;GIN ¦ ألفا|ألمامي||ديالو;M;1995-05-05;GIN
            a whole name typed as the family name ¦ |||Ahmed Salem Ghariani;M;1975-02-02;LBY ¦ Ahmed|Salem||Ghariani;M;1975-02-02;LBY
            a whole name typed as the family name, in Arabic ¦ |||أحمد سالم الغرياني;M;1975-02-02;LBY ¦ Ahmed|Salem||Ghariani;M;1975-02-02;LBY
            a whole name typed as the father's name ¦ |Ahmed Salem Ghariani||;M;1975-02-02;LBY ¦ أحمد|سالم||الغرياني;M;1975-02-02;LBY
            Bangladeshi Mizanur Rahman = ميزان الرحمن, the article written into the first word ¦ Mizanur|||Rahman;M;1991-03-03;BGD ¦ ميزان|||الرحمن;M;1991-03-03;BGD
            Habibur Rahman = حبيب الرحمن in one field ¦ Habibur Rahman|||;M;1991-03-03;BGD ¦ حبيب الرحمن|||;M;1991-03-03;BGD
            Habibur Rahman = Habib-ur-Rahman ¦ Habibur|||Rahman;M;1991-03-03;BGD ¦ Habib-ur-Rahman|||;M;1991-03-03;BGD
            Md. Ziaur Rahman = محمد ضياء الرحمن ¦ Md. Ziaur|||Rahman;M;1991-03-03;BGD ¦ محمد ضياء|||الرحمن;M;1991-03-03;BGD
            Mansur, a name of the table, keeps its ur before Rashid ¦ Mansur|||Rashid;M;1991-03-03;BGD ¦ منصور|||رشيد;M;1991-03-03;BGD
            a father's name not known (Unknown) against the name a later record gives ¦ Amina|Unknown||Diallo;F;1995-05-05;GIN ¦ Amina|Mamadou||Diallo;F;1995-05-05;GIN
            غير معروف for the father's name, across scripts ¦ أمينة|غير معروف||ديالو;F;1995-05-05;GIN ¦ Amina|Mamadou||Diallo;F;1995-05-05;GIN
            لا يوجد for the father's name ¦ محمد|لا يوجد||الزوي;M;1995-05-05;LBY ¦ محمد|علي||الزوي;M;1995-05-05;LBY
            مجهول for the father's name, xxx for another ¦ أمينة|مجهول||ديالو;F;1995-05-05;GIN ¦ أمينة|محمد|xxx|ديالو;F;1995-05-05;GIN
            1900-01-01, a spreadsheet's "not known", against an estimated age ¦ Salem|Omar|Khalifa|Fitouri;M;1900-01-01;LBY ¦ سالم|عمر|خليفة|الفيتوري;M;~45@2025-01-01;LBY
            the given and the father's name typed in each other's field, born on one day ¦ Ali|Mohamed||Zawi;M;1990-02-02;LBY ¦ Mohamed|Ali||Zawi;M;1990-02-02;LBY
            the given and the father's name swapped, across scripts ¦ علي|محمد|سالم|الزوي;M;1990-02-12;LBY ¦ Mohamed|Ali|Salem|Zawi;M;1990-02-12;LBY
            Fatiha = فتيحة, whose h is no final h ¦ Fatiha|Omar|Salem|Zawi;F;1990-02-02;LBY ¦ فتيحة|عمر|سالم|الزوي;F;1990-02-02;LBY
            Nuha = نهى, Saliha = صالحة ¦ Nuha|Saliha||Zawi;F;1990-02-02;LBY ¦ نهى|صالحة||الزوي;F;1990-02-02;LBY
            Hayat = حياة, the ta marbuta said as t ¦ Hayat|Omar|Salem|Zawi;F;1990-02-02;LBY ¦ حياة|عمر|سالم|الزوي;F;1990-02-02;LBY
            Fathalla = فتح الله, whose th is ت then ح ¦ Fathalla|Omar|Salem|Zawi;M;1990-02-02;LBY ¦ فتح الله|عمر|سالم|الزوي;M;1990-02-02;LBY
            Medhat = مدحت and Adham = أدهم, whose dh is د then ه or ح ¦ Medhat|Adham|Salem|Zawi;M;1990-02-02;LBY ¦ مدحت|أدهم|سالم|الزوي;M;1990-02-02;LBY
            Malian Mamadou = محمدو, Abdoulaye = عبدولاي ¦ Mamadou|Abdoulaye||Traore;M;1990-02-02;MLI ¦ محمدو|عبدولاي||تراوري;M;1990-02-02;MLI
            a letter written for one that sounds like it (الصادق, السادق), born on one day ¦ الصادق|علي|محمد|الترهوني;M;1980-02-02;LBY ¦ السادق|علي|محمد|الترهوني;M;1980-02-02;LBY
            ظ for ض, as Libyans say both (ظافر, ضافر), born on one day ¦ ظافر|علي|محمد|الترهوني;M;1980-02-02;LBY ¦ ضافر|علي|محمد|الترهوني;M;1980-02-02;LBY
            a Latin th, dh, sh between vowels read as two letters: Fathia = فتحية, Medhanie = مدهاني, Ishaaq = إسحاق ¦ Fathia|Medhanie|Ishaaq|Zawi;F;1990-02-02;LBY ¦ فتحية|مدهاني|إسحاق|الزوي;F;1990-02-02;LBY
            Sudanese Ezeldin = عز الدين, a din compound of a two-letter first half ¦ Ezeldin|Ahmed|Osman|;M;1990-02-02;SDN ¦ عز الدين|أحمد|عثمان|;M;1990-02-02;SDN
            Yoruba Oluwaseun = Seun, the name of God left out of the short form ¦ Oluwaseun|||Adeyemi;M;1995-06-15;NGA ¦ Seun|||Adeyemi;M;1995-06-15;NGA
            Yoruba أولوسيغون = Segun ¦ أولوسيغون|||أوباسانجو;M;1990-02-02;NGA ¦ Segun|||Obasanjo;M;1990-02-02;NGA
            Igbo Chukwuemeka = Emeka ¦ Chukwuemeka|||Nwosu;M;1990-10-10;NGA ¦ Emeka|||Nwosu;M;1990-10-10;NGA
            Senegalese Mouhamadou = Mamadou ¦ Mouhamadou Lamine|||Diop;M;1994-07-07;SEN ¦ Mamadou Lamine|||Diop;M;1994-07-07;SEN
            Burkinabe Issouf = Youssouf ¦ Issouf|||Ouedraogo;M;1991-01-15;BFA ¦ Youssouf|||Ouédraogo;M;1991-01-15;BFA
            Iraqi Kadhim = Kazem = كاظم, one letter written dh or z ¦ Haider|Kadhim||Al-Moussawi;M;1980-10-10;IRQ ¦ Hayder|Kazem||Mousawi;M;1980-10-10;IRQ
            Egyptian Hegazy = Hijazi, the ج said g, with Ragab = Rajab and Gomaa = Jumaa ¦ Ragab|Hegazy||Gomaa;M;1979-09-09;EGY ¦ Rajab|Hijazi||Jumaa;M;1979-09-09;EGY
            Om Kalsoum = Umm Kulthum ¦ Om Kalsoum|Omar||Ahmed;F;1980-04-04;EGY ¦ Umm Kulthum|Omar||Ahmed;F;1980-04-04;EGY
            Somali Xamza = حمزة, Ciise = Issa, Xamdi = Hamdi ¦ Xamza|Ciise|Xamdi|;M;1993-12-17;SOM ¦ حمزة|Issa|Hamdi|;M;1993-12-17;SOM
            Nigerien Rabiatou = رابعة ¦ Rabiatou|||Mamane;F;1997-10-15;NER ¦ رابعة|||مامان;F;1997-10-15;NER
            Nigerien Habsatou = حفصة ¦ Habsatou|||Garba;F;1999-01-01;NER ¦ حفصة|||قاربا;F;1999-01-01;NER
            Nigerien Hadizatou = خديجة ¦ Hadizatou|||Garba;F;1999-03-01;NER ¦ خديجة|||قاربا;F;1999-03-01;NER
            Pakistani خاں = خان, the Urdu noon ghunna ¦ محمد|عمران||خان;M;1986-04-04;PAK ¦ مُحمّد|عِمران||خاں;M;1986-04-04;PAK
            Afghan Parveen = پروین, whose v Persian writes و, and چوهدری = Chaudhry ¦ پروین|||چوهدری;F;1990-02-02;AFG ¦ Parveen|||Chaudhry;F;1990-02-02;AFG
            Pakistani Javed = جاوید ¦ جاوید|اقبال||;M;1990-02-02;PAK ¦ Javed|Iqbal||;M;1990-02-02;PAK
            Nigerian Kevin = كيفن, whose v is ف ¦ كيفن|||أوكافور;M;1990-02-02;NGA ¦ Kevin|||Okafor;M;1990-02-02;NGA
            a letter lost from a name of three (هند, هد), born on one day ¦ هد|سامح|طارق|فتحي;F;2022-02-04;EGY ¦ هند|سامح|طارق|فتحي;F;2022-02-04;EGY
            Bangladeshi Nurul Amin = نور الأمين, the article riding on a word of five letters ¦ Nurul|||Amin;M;1990-01-08;BGD ¦ نور|||الأمين;M;1990-01-08;BGD
            Bangladeshi Rezaul Karim = رضا الكريم, the article after a vowel ¦ Rezaul|||Karim;M;1990-01-14;BGD ¦ رضا|||الكريم;M;1990-01-14;BGD
            Pakistani Maqbool = مقبول, whose ul is no article ¦ Maqbul|||Hossain;M;1990-01-17;BGD ¦ مقبول|||حسين;M;1990-01-17;BGD
            Pakistani Ghulam Rasul = غلام رسول ¦ Ghulam Rasul|||;M;1990-01-20;PAK ¦ غلام رسول|||;M;1990-01-20;PAK
            a compound split over the given and the family field, the fields between empty (Abdul | | | Karim) ¦ Abdul|||Karim;M;1990-01-23;BGD ¦ عبد الكريم|||;M;1990-01-23;BGD
            Nour | | | Eddine against نور الدين ¦ Nour|||Eddine;M;1990-01-23;DZA ¦ نور الدين|||;M;1990-01-23;DZA
            Libyan Ftaima = فاطمة, the diminutive as the given name ¦ Ftaima|Mohamed|Ali|Warfalli;F;1962-03-03;LBY ¦ فاطمة|محمد|علي|الورفلي;F;1962-03-03;LBY
            Libyan فطيمة = فاطمة, same phone ¦ فطيمة|محمد|علي|الورفلي;F;1960-01-01;LBY;0912223344 ¦ فاطمة|محمد|علي|الورفلي;F;1960-01-01;LBY;0912223344
            Tunisian فطومة = Fatma ¦ فطومة|علي||التونسي;F;1970-07-07;TUN ¦ Fatma|Ali||Tounsi;F;1970-07-07;TUN
            a Sudanese number that Libya's plan holds too, without and with +249 (Mohamedein = محمدين) ¦ محمدين|عثمان||;M;1980-01-01;SDN;0912345678 ¦ Mohamedein|Osman||;M;~45@2025-06-01;SDN;+249912345678
            a Syrian number that Libya's plan holds too, without and with +963 ¦ Ghaith|||Hamwi;M;~30@2025-01-01;SYR;0944123456 ¦ غيث|||الحموي;M;~31@2026-01-01;SYR;00963 944 123 456
            Bangladeshi Mosammat, a woman's title, written Mst. ¦ Mst. Rokeya|||Begum;F;1988-08-18;BGD ¦ Mosammat Rokeya|||Begum;F;1988-08-18;BGD
            a compound joined whose letter reads otherwise between vowels (Shahalam, Shah Alam) ¦ Md. Shah Alam|||;M;1985-05-15;BGD;01712345678 ¦ Mohammad Shahalam|||;M;1985-05-15;BGD;+8801712345678
            only a given name and a phone, against the whole name of that age on that phone ¦ Adam|||;M;~25@2025-01-01;SDN;0913334455 ¦ Adam|Abdalla|Musa|Ishag;M;~26@2025-06-01;SDN;+218 91 333 4455
            only a given name and a phone at a landing, no age, against the whole name on that phone ¦ Yacoub|||;M;;TCD;00218925550101 ¦ Yacoub|Hissein|Abakar|;M;1993-04-04;TCD;0925550101
            only a given name and a home number at a landing, against the name with the Md. most South Asian men carry ¦ Shakil|||;M;;BGD;+880 1711 222333 ¦ Md. Shakil|||Hossain;M;1994-04-04;BGD;+8801711222333
            only a given name in Arabic and a phone, no age, against the whole name in Latin on that phone ¦ حليمة|||;F;;SDN;0917001234 ¦ Halima|Suleiman|Bakhit|;F;~30@2025-04-01;SDN;+218 91 700 1234
            Malian Djeneba = زينب ¦ Djeneba|||Keita;F;1997-07-07;MLI ¦ زينب|||كيتا;F;1997-07-07;MLI
            Sudanese Elhag = الحاج, a title as the Sudanese write it ¦ الحاج عمر|الطيب||;M;1960-03-01;SDN ¦ Elhag Omer|Eltayeb||;M;1960-03-01;SDN
            Nigerien Fati = فاطمة ¦ فاطمة|||موسى;F;1995-03-21;NER ¦ Fati|||Moussa;F;1995-03-21;NER
            French Jacques = جاك, whose last letters are not said ¦ جاك|||مبالا;M;1988-06-30;CMR ¦ Jacques|||Mbala;M;1988-06-30;CMR
            French François = فرانسوا ¦ فرانسوا|||نغويما;M;1987-07-01;CMR ¦ François|||Nguema;M;1987-07-01;CMR
            an unaccompanied child's estimated age against the date of birth a document gave later, names whose coarse codes are very common names' (Tesfay, Habtom) ¦ Yonas|Tesfay|Habtom|;M;~8@2025-01-01;ERI ¦ Yonas|Tesfay|Habtom|;M;2014-02-02;ERI
            the letter O typed for a zero after a letter among a card's digits ¦ بابكر|يحيى|بابكر|;M;;SDN;;asylum_or_refugee_card:459-22CO7905:;LY010702 ¦ بابر|يحيى||بابكر;M;~15@2025-05-17;SDN;;asylum_or_refugee_card:459-22C07905:LBY;LY010702
            a passport number with two neighbouring digits swapped, on one phone ¦ MD. MIZANUR|ABDUL KARIM||ALAM;M;2005-05-22;BGD;٠٩٣٨٥٨٧٢٥٨;passport:A72425886:BGD;LY021104 ¦ Muhmamad Mizanur Alam|||;M;;BGD;218938587258;passport:A74225886:BGD;LY021104
            the French ou of Ouardougou, the English w of Wardougou ¦ Sidi|Wardougou||Togoi;M;~50@2024-03-05;LBY;;;LY032204 ¦ Sidi|Ouardougou|Barka|Togoï;M;~52@2025-01-20;LBY;0945771206;;LY031901
            the French ou of Oumou, the English u of Umu ¦ Oumou|Sangaré||;F;1999-09-19;MLI;;;LY032101 ¦ Umu|Sangare||;F;1999-09-19;MLI;;;LY032101
            a given name of the table mistyped in Arabic, غلي against Ali ¦ غلي|محمد||الترهوني;M;~30@2025-01-01;LBY;0925551234;;LY021104 ¦ Ali|Mohamed|Omar|Tarhouni;M;1995-02-02;LBY;+218 92 555 1234;;LY021104
            a given name of the table with a letter lost in Arabic, عائة against Aisha ¦ عائة|ابراهيم||ادم;F;~25@2025-03-01;SDN;;;LY010304 ¦ Aisha|Ibrahim||Adam;F;2000-01-01;SDN;;;LY010304
            Amany is Amani (أماني), not Amina ¦ Amany|Said||;F;~31@2024-03-03;EGY;;;LY010403 ¦ أماني|سعيد|عبد الحميد|;F;1993-07-07;EGY;+20 111 220 4417;;LY010403
            a first syllable said twice, Zouzou for Zeinab, on one phone ¦ Zouzou|Hamid||;F;~4@2023-09-09;SDN;0927740032;;LY010504 ¦ زينب|حامد|عبدالله|آدم;F;2019-03-03;SDN;0927740032;;LY010504
            a first syllable said twice, Nunu for Nour, on one phone ¦ Nunu|Elsadig||;F;~6@2024-03-03;SDN;+218 94 553 0817;;LY021104 ¦ نور|الصادق|عثمان|بابكر;F;2017-08-12;SDN;0945530817;;LY021104
            Mina for Aminata, said without its first vowel, on one phone ¦ Mina|||Keïta;F;~19@2024-04-04;MLI;0925530091;;LY031901 ¦ Aminata|||Keita;F;2005-03-03;MLI;0925530091;;LY031901
            a last a written ا and ة, where one record's Latin is a name of the table ¦ زارا / Zara|بركة / Barka|وردقو / Wardougou|;F;1991-03-22;LBY;0913327719;national_id:219910274410:LBY;LY031901 ¦ زارة|بركه|وردقو|;F;~33@2025-02-10;LBY;091-332-7719;;LY032204
            a woman under her husband's family name and under her father's, on one phone ¦ Lama|Ahmad||Haj Hussein;F;~33@2024-03-03;SYR;0925522018;;LY010304 ¦ Lama|Ahmad|Ali|Al-Halabi;F;1991-03-03;SYR;0925522018;;LY010304
            a Libyan woman under her husband's family name, on one phone, with her national number once ¦ سالمة|عبدالله|امحمد|العبيدي;F;1979-11-02;LBY;0914420917;national_id:219790456218:LBY;LY010602 ¦ سالمة|عبد الله||البرعصي;F;~45@2024-06-18;LBY;091-442-0917;;LY010602
            a passport number copied without its first two characters, on one day of birth ¦ Alhassane|Effad||;M;1987-05-05;NER;;passport:12PC33012:NER;LY032101 ¦ Al Hassane|Efad||;M;1987-05-05;NER;;passport:PC33012:NER;LY032003
            Eisa for Issa, against a final ى typed ي ¦ Yahya|Eisa||;M;~21@2024-05-05;SDN;;;LY021503 ¦ يحيي|عيسي|آدم|;M;~22@2025-01-19;SDN;;;LY021502
            the Tunisian Romdhane is Ramadan ¦ Nizar|||Ben Romdhane;M;~36@2025-01-01;TUN;;;LY021503 ¦ نزار|||بن رمضان;M;1988-09-09;TUN;;;LY021104
            the pilgrim's title typed into the given field, the names a field on ¦ Alhaji|Musa||Danladi;M;~60@2024-01-08;NGA;;;LY031901 ¦ Musa|Danladi||;M;~61@2025-05-09;NGA;0925547710;;LY031901
            a father's name of the table mistyped, Othan for Othman ¦ Khadidja|Othan|Ahmed|;F;2013-08-11;SDN;;;LY021104 ¦ Khadidja|Osman||Ahmed;F;2013-08-11;SDN;;;LY021104
            the letter O typed for a zero among a passport's digits ¦ Adam|Musa||;M;~30@2025-01-01;SDN;;passport:P0123O567:SDN ¦ Adam|Musa||;M;~31@2025-09-01;SDN;;passport:P01230567:SDN
            a hamza before a long u written on its waw or alone (رؤوف, رءوف), and on a final ya (هانئ) ¦ رؤوف|هاني||الزنتاني;M;1990-09-09;LBY ¦ رءوف|هانئ||الزنتاني;M;1990-09-09;LBY
            a long u written with one waw or two (داوود, داود; طاووس, طاوس), estimated ages ¦ طاووس|داوود||العبيدي;M;~40@2025-01-01;LBY ¦ طاوس|داود||العبيدي;M;~41@2025-09-01;LBY
            a title alone in the given name's field, the name it is the man's (Alhaji | Musa | Garba) ¦ Alhaji|Musa|Garba|;M;1960-03-01;NGA ¦ Alhaji|Musa|Garba|;M;1960-03-01;NGA;+2348031234567
            a title alone in the given name's field, across scripts (Elhag, الحاج) ¦ Elhag|Ali|Mohamed|;M;1960-03-01;SDN ¦ الحاج|علي|محمد|;M;1960-03-01;SDN
            a woman's title alone in the given name's field, across scripts (Hadja, الحاجة) ¦ Hadja|Fatoumata||Diallo;F;1960-03-01;GIN ¦ الحاجة|فاطمة||ديالو;F;1960-03-01;GIN
            Afghan Mohammadreza joined and spaced, whose Mohammad is no mere prefix there ¦ Mohammadreza|||Ahmadi;M;1990-01-21;AFG ¦ Mohammad Reza|||Ahmadi;M;1990-01-21;AFG
            Pakistani Muhammadali joined and spaced ¦ Muhammadali|Hussain||;M;1988-02-02;PAK ¦ Muhammad Ali|Hussain||;M;1988-02-02;PAK
            Md. alone in the given name against a given name of one word outside the table (Md | Tanvir, Tanvir) ¦ Md|Tanvir||Hossain;M;1992-04-04;BGD ¦ Tanvir|||Hossain;M;1992-04-04;BGD
            Somali orthography: C for ʿayn, X for ḥ (Cabdullahi Maxamed Xasan) ¦ Cabdullahi|Maxamed|Xasan|;M;1995-05-05;SOM ¦ Abdullahi|Mohamed|Hassan|;M;1995-05-05;SOM
            a compound split over two fields (Abdel | Aziz) ¦ Mohamed|Abdel|Aziz|Hassan;M;1987-06-16;EGY ¦ Mohamed|Abdelaziz|Hassan|;M;1987-06-16;EGY
            a hyphenated compound given name (Mahamat-Saleh) ¦ Mahamat Saleh|Abakar||;M;1990-11-11;TCD ¦ Mahamat-Saleh|Abakar||;M;1990-11-11;TCD
            an apostrophe in a name (N'Golo) ¦ N'Golo|||Kante;M;1991-03-29;MLI ¦ Ngolo|||Kante;M;1991-03-29;MLI
            a grave accent (Ndèye) ¦ Ndeye|||Fall;F;1996-02-20;SEN ¦ Ndèye|||Fall;F;1996-02-20;SEN
            a Tebu name across scripts, outside the table ¦ Barka|Wardougou||;M;1985-03-12;LBY ¦ بركة|وردقو||;M;1985-03-12;LBY
            Alhassane is Hassan, across scripts ¦ Alhassane|||Barry;M;1994-12-02;GIN ¦ الحسن|||باري;M;1994-12-02;GIN
            Saliou and Salihou, the Wolof and Fula Salih ¦ Saliou|||Ndiaye;M;1994-12-02;SEN ¦ Salihou|||Ndiaye;M;1994-12-02;SEN
            Gambian Isatou is Aisha, across scripts ¦ عائشة|||سانه;F;1999-07-07;GMB ¦ Isatou|||Sanneh;F;1999-07-07;GMB
            Kaddour, the Algerian Abdelkader, across scripts ¦ عبدالقادر|||بن عيسى;M;1980-01-20;DZA ¦ Kaddour|||Benaissa;M;1980-01-20;DZA
            Gambian Momodou is Modou (Mohamed) ¦ Momodou Lamin|||Bojang;M;1996-07-22;GMB ¦ Modou Lamin|||Bojang;M;1996-07-22;GMB
            a given name of two words against the one she goes by (Fatoumata Binta, Binta) ¦ Fatoumata Binta|||Baldé;F;2001-11-11;GIN ¦ Binta|||Balde;F;2001-11-11;GIN
            a given name of two words against the one he goes by, across scripts (Mohamed Lamine, لامين) ¦ Mohamed Lamine|||Camara;M;1994-06-15;GIN;+224 622 11 22 33 ¦ لامين|||كامارا;M;~31@2025-09-01;GIN;00224622112233
            the Tuareg ag ("son of") in either script ¦ محمد|آغ غالي||;M;1979-03-03;MLI ¦ Mohamed|Ag Ghaly||;M;1979-03-03;MLI
            Djenabou is Zainab, across scripts ¦ Djenabou|||Camara;F;1997-03-03;GIN ¦ زينب|||كامارا;F;1997-03-03;GIN
            Fadimatou, the Fulfulde Fatima ¦ Fadimatou|Ousmanou||Bello;F;1995-09-01;CMR ¦ Fatima|Usman||Bello;F;1995-09-01;CMR
            Alioune written عليون ¦ عليون|||ندياي;M;1992-08-08;SEN ¦ Alioune|||Ndiaye;M;1992-08-08;SEN
            Abdulai, the Ghanaian Abdallah ¦ Abdulai|Iddrisu||Mahama;M;1988-10-10;GHA ¦ Abdallah|Idrissu||Mahama;M;1988-10-10;GHA
            a family name in both scripts against another Latin spelling of it (الشاوش / Chaouch, Shawish) ¦ سالم / Salem|علي / Ali||الشاوش / Chaouch;M;1970-06-20;LBY ¦ Salem|Ali||Shawish;M;1970-06-20;LBY
            Mahamane, the Hausa Mohamed, across scripts ¦ Mahamane|Abdou||Issa;M;1990-02-02;NER ¦ محمد|عبدو||عيسى;M;1990-02-02;NER
            Khadijat, the Yoruba Khadija, across scripts ¦ Khadijat|||Bello;F;1993-03-03;NGA ¦ خديجة|||بيلو;F;1993-03-03;NGA
            عبدالله typed without one lam, as عبدالإله is written once its hamza goes ¦ صلاح|عبدالله|محمد|القاضي;M;1994-01-09;LBY ¦ صلاح|عبداله|محمد|القاضى;M;1994-01-09;LBY
            Olfa written ألفة, whose alef-lam is no article ¦ ألفة|||بن سالم;F;1990-07-15;TUN ¦ Olfa|||Ben Salem;F;1990-07-15;TUN
            a name from a list sorted by family name, every word a field on, across scripts ¦ علي|محمد|سالم|الورفلي;M;1988-04-04;LBY ¦ Warfalli|Ali|Mohamed|;M;1988-04-04;LBY
            the Wolof marabout's title Serigne dropped ¦ Serigne Modou|||Mbaye;M;1990-02-02;SEN ¦ Modou|||Mbaye;M;1990-02-02;SEN
            a spaced "son of" before an Abd compound goes, as it goes from the joined form ¦ فرج|||بن عبد الرحمن;M;1979-06-30;LBY;0913322110 ¦ Faraj|||Benabdelrahman;M;1979-06-30;LBY
            the Tuareg "son of" joined to a name of the table goes, as it goes spaced ¦ Ahmed|||Ag Taher;M;1985-04-17;MLI ¦ Ahmed|||Agtaher;M;1985-04-17;MLI;+22376554411
            Issoufou and Amadou in the Arabic letters a clerk hears them in ¦ إسوفو|||أمادو;M;1993-12-12;NER ¦ Issoufou|||Amadou;M;1993-12-12;NER
            Alpha and Alfa: no article before a name ¦ Alpha Ibrahima|||Sow;M;1992-08-30;GIN ¦ Alfa Ibrahima|||Sow;M;1992-08-30;GIN
            an eastern Libyan Bu spaced in Latin, joined in Arabic ¦ عادل|سالم||بوزيد;M;1975-04-02;LBY;0925551212 ¦ Adel|Salem||Bu Zaid;M;1975-04-02;LBY
            the French dj written دج letter by letter ¦ دجيبو|||هاما;M;1988-05-05;NER ¦ Djibo|||Hama;M;1988-05-05;NER
            the Yoruba short form that leaves Baba out ¦ Babajide|||Adeyemi;M;1991-09-09;NGA;0914445566 ¦ Jide|||Adeyemi;M;1991-09-09;NGA;0914445566
            the Yoruba Baba left out in Arabic letters too ¦ باباجيدي|||أديمي;M;1991-09-09;NGA;0914445566 ¦ Jide|||Adeyemi;M;1991-09-09;NGA;0914445566
            Mahaman, the Hausa Mohamed, in Arabic letters ¦ ماهامان|||ساني;M;1986-06-16;NER ¦ Mohamed|||Sani;M;1986-06-16;NER
            Kadiatou in the Arabic letters a clerk hears it in, day and month swapped ¦ كادياتو|||سيسي;F;1997-03-11;GIN ¦ Kadiatou|||Cissé;F;1997-11-03;GIN
            Maman written مامان, as heard, day and month swapped ¦ مامان|||غاربا;M;1989-12-02;NER ¦ Maman|||Garba;M;1989-02-12;NER
            Maman, the Nigerien Mohamed, across scripts ¦ Maman|Sani||Issoufou;M;1984-02-02;NER ¦ محمد|ساني||إسوفو;M;1984-02-02;NER
            Ouedraogo as two clerks heard it, its g a غ and a ق, a vowel fewer ¦ إدريسا|||ويدراوغو;M;1990-02-14;BFA;0925550142 ¦ إدريسا|||ويدراقو;M;1990-02-14;BFA;0925550142
            Sankara as two clerks heard it, its k a ق and its last a a ة ¦ مريم|||سانكارا;F;1998-03-03;BFA;0944410077 ¦ مريم|||سانقارة;F;1998-03-03;BFA;0944410077
            the Akan Monday name in Twi and in its Ewe and French spelling ¦ Kwadwo|||Asamoah;M;1991-10-21;GHA;+233244551190 ¦ Kodjo|||Asamoah;M;1991-10-21;GHA;+233244551190
            Ebou, Ebrima's short form ¦ Ebrima|||Jallow;M;1995-08-18;GMB;0927781204 ¦ Ebou|||Jallow;M;1995-08-18;GMB;0927781204
            Mht, Mahamat abbreviated ¦ Mahamat|Youssouf||;M;1989-05-05;TCD;0913334411 ¦ Mht|Youssouf||;M;1989-05-05;TCD;0913334411
            the Igbo Chukwu left out in Arabic letters too ¦ تشوكونونسو|||إيزي;M;1994-11-11;NGA;0915550303 ¦ Nonso|||Eze;M;1994-11-11;NGA;0915550303
            Nadjet, the French spelling of Najat ¦ نجاة|||بوعلام;F;1990-03-03;DZA ¦ Nadjet|||Boualem;F;1990-03-03;DZA
            the Tigrinya "son of" joined in Arabic, spaced in Latin ¦ يوناس|ولدسلاسي||;M;1993-02-02;ERI;0912224466 ¦ Yonas|Wolde Selassie||;M;1993-02-02;ERI;0912224466
            the Tigrinya ts that Arabic writes ص ¦ صقاي|تخلي||;M;1994-03-15;ERI;0915557788 ¦ Tsegay|Tekle||;M;1994-03-15;ERI;0915557788
            امحمد written Mhammed and Emhemed, as Libyans say it ¦ Emhemed|Masoud|Omar|Zintani;M;1975-06-06;LBY ¦ Mhammed|Masoud|Omar|Zintani;M;1975-06-06;LBY
            the Igbo Chukwu written شكو, no ت before the ش ¦ شكويبوكا|||نوافور;M;1988-08-08;NGA;0913330099 ¦ Chukwubuka|||Nwafor;M;1988-08-08;NGA;0913330099
            Shah Alam spaced in Arabic, its ه no ta marbuta, joined in Latin ¦ شاه عالم|||سركار;M;1987-03-12;BGD;0917775533 ¦ Shahalam|||Sarkar;M;1987-03-12;BGD;0917775533
            a father's compound joined in Arabic, spaced in Latin with a gh and a dh ¦ يوهانس|قبرمدهن||;M;1990-07-07;ERI;0913338899 ¦ Yohannes|Ghebre Medhin||;M;1990-07-07;ERI;0913338899
            Diallo written Jallo ¦ Alpha|||Diallo;M;1994-05-05;GIN;0912340001 ¦ Alpha|||Jallo;M;1994-05-05;GIN;0912340001
            Souley, Souleymane's Hausa short form, against سليمان ¦ سليمان|عيسى||;M;1985-09-09;NER;0923334455 ¦ Souley|Issa||;M;1985-09-09;NER;0923334455
            Serigne alone in the given name, and as Arabic writes it ¦ سرين|||جوب;M;1980-04-04;SEN;0913332211 ¦ Serigne|||Diop;M;1980-04-04;SEN;0913332211
            the Bangladeshi Rafiqul as a clerk hears it ¦ رفيقول|||إسلام;M;1990-02-02;BGD;0915556677 ¦ Rafiqul|||Islam;M;1990-02-02;BGD;0915556677
            Alansari, its article before a vowel ¦ يوسف|سالم||الأنصاري;M;1984-02-02;LBY ¦ Yousef|Salem||Alansari;M;1984-02-02;LBY
            Rokiatou, the Malian Ruqayya, written رقية ¦ رقية|||ديارا;F;1993-05-05;MLI;0918850011 ¦ Rokiatou|||Diarra;F;1993-05-05;MLI;0918850011
            Kaltouma as a clerk hears it, and كلثوم ¦ كالتوما|آدم||;F;1985-02-02;TCD;0924410000 ¦ كلثوم|آدم||;F;1985-02-02;TCD;0924410000
            Hawa as a clerk hears it, هاوا, against حواء, one phone ¦ هاوا|||كوندي;F;~33@2023-07-07;GIN;0922904100;;LY021104 ¦ حواء|||كوندى;F;1990-01-01;GIN;0922904100;;LY021104
            Amadou written back in Arabic, أحمدو, one phone ¦ Amadou|||Harouna;M;1986-02-28;NER;0944106200;;LY031901 ¦ أحمدو|||هارونا;M;~38@2024-03-05;NER;0944106200;;LY031901
            Babucarr as a clerk hears it, بابوكار, one phone ¦ بابوكار|||انجاي;M;~23@2024-03-30;GMB;0933001122;;LY021503 ¦ بابكر|||نجاي;M;~22@2024-07-11;GMB;0933001122;;LY021104
            a name written family name first on a partner's sheet, one phone ¦ ALABBAR|SALAH ELDIN|MOHAMED|;M;~41@2024-02-02;LBY;0925541177;;LY010304 ¦ صلاح الدين|محمد||العبار;M;1983-05-17;LBY;0925541177;;LY010304
            a given name cut short on one phone, Temi for Temitope ¦ Temi|||Adeyemi;F;~26@2024-03-11;NGA;0913345120;;LY021104 ¦ Temitope|Olu||Adeyemi;F;1998-06-02;NGA;+218 91 334 5120;;LY021206
            Dami for Damilola, one phone, the ages guessed ¦ Dami|Kunle||;F;~24@2024-05-02;NGA;0945521177;;LY021401 ¦ Damilola|Kunle|Ojo|;F;~25@2025-01-10;NGA;0945521177;;LY021401
            a name cut short and typed in both scripts, دامي / Dami for Damilola, one phone ¦ دامي / Dami|||اوكافور / Okafor;F;~27@2024-10-15;NGA;+218916602315;;LY021105 ¦ Damilola|||Okafor;F;1997-04-09;NGA;091 660 2315;;LY021104
            Kaddy, as Gambians write Khadija, across scripts, one phone ¦ Kaddy|||Touray;F;~26@2024-07-29;GMB;0925578801;;LY021104 ¦ خديجة|||توراي;F;~27@2025-08-03;GMB;092 557 8801;;LY021104
            Aishat, a Nigerian Aisha, across scripts, with the father's name as the family name ¦ عائشة|أبوبكر||;F;~8@2023-10-10;NGA;0925508811;;LY021503 ¦ Aishat|||Abubakar;F;2015-05-14;NGA;0925508811;;LY021104
            the end of a name kept, Dinma for Chidinma, one phone ¦ Dinma|||Okoro;F;~30@2024-02-01;NGA;0921100456;;LY031901 ¦ Chidinma|Eze||OKORO;F;1993-09-09;NGA;0921100456;;LY031901
            Abdelrazeg as the east says عبد الرازق, against Abdulrazzaq, born on one day ¦ Abdelrazeg|Younis|Mohamed|Bushnaf;M;1970-10-10;LBY;;;LY010504 ¦ Abdulrazzaq|Yunus|Muhammad|Bu Shnaf;M;1970-10-10;LBY;0945528803;;LY010304
            Abdelaal written Abdelal, one phone ¦ Mahmoud|Abdelaal||Shehata;M;1990-03-03;EGY;+20 10 2233 4455;;LY021104 ¦ Mahmoud|Abdelal||Shehata;M;1990-03-03;EGY;01022334455;;LY021206
            Benyoucef, the Algerian Youcef joined to Ben, against بن يوسف ¦ Abdelkader|Mohamed||Benyoucef;M;1986-06-06;DZA;;;LY020901 ¦ عبد القادر|محمد||بن يوسف;M;1986-06-06;DZA;0925578841;;LY020905
            Nejat, as Ethiopians write Najat, against نجاة ¦ Nejat|Hussen|Ahmed|;F;1999-05-11;ETH;;;LY010304 ¦ نجاة|حسين|أحمد|;F;~24@2023-07-21;ETH;0925573014;;LY010701
            Ahmat written احمت by a Chadian clerk ¦ احمت|حامد||داؤود;M;~32@2024-12-01;TCD;;;LY031901 ¦ أحمد|حامد||داود;M;~33@2023-09-19;TCD;0926600471;;LY031901
            Fattoum, as Libyans call Fatima, on one phone ¦ فاطمة|الصادق|عمر|القماطي;F;1968-09-25;LBY;0912245016;;LY021104 ¦ فطوم|الصادق||القماطي;F;~56@2024-10-10;LBY;0912245016;;LY021104
            a boy called صلاح for صلاح الدين, his father's chain the same ¦ صلاح الدين|عبد الله|سالم|الزوي;M;2018-02-10;LBY;;;LY021105 ¦ صلاح|عبد الله|سالم|الزوي;M;~5@2023-05-22;LBY;0910741787;;LY021105
            Nour for Noureddine ¦ Noureddine|Ali||Ben Salem;M;1990-02-02;TUN;;;LY021104 ¦ Nour|Ali||Bensalem;M;~34@2024-02-02;TUN;;;LY021104
            Laye for Abdoulaye, on one phone ¦ Abdoulaye|||Seck;M;~40@2023-02-11;SEN;0917780025;;LY021606 ¦ Laye|||Seck;M;~42@2025-03-02;SEN;091 778 0025;;LY021606
            Bukky for Bukola, a pet form, born on one day ¦ Bukola|||Adeyemi;F;1994-06-18;NGA;;;LY021104 ¦ Bukky|||Adeyemi;F;1994-06-18;NGA;;;LY021105
            Osas for Osasumwen on one phone, her age guessed against her date of birth ¦ Osasumwen|||Igbinedion;F;2002-08-08;NGA;+218 92 881 3370;;LY021104 ¦ Osas|||Igbinedion;F;~22@2024-01-30;NGA;0928813370;;LY021104
            the father's name Hamad typed Ahmed, born on the very same day ¦ فاطمة|حمد|مبروك|اغويل;F;1982-05-12;LBY;0912240968;;LY020803 ¦ فاطمه|احمد|مبروك|اغويل;F;1982-05-12;LBY;;;LY021401
            a slip in Latin against the Arabic, Mohamemd and محمد ¦ Mohamemd|Omran|Ali|Alkhmaisi;M;1992-04-17;LBY;0914450300;;LY021001 ¦ محمد|عمران|علي|الخميسي;M;1992-04-17;LBY;;national_id:119924470200:LBY;LY021001
            Jatta, as the Gambia writes Diatta, born on one day ¦ Lamin|||JATTA;M;1996-08-14;GMB;;passport:PC0448120:GMB;LY021104 ¦ Lamine|||Diatta;M;1996-08-14;GMB;0915508812;;LY021502
            Diarra heard as جارا, the father's name alike ¦ Bakary|Drissa||Diarra;M;2003-03-23;MLI;0913309918;;LY021104 ¦ باكاري|دريسا||جارا;M;~19@2022-04-18;MLI;;;LY021404
            Alagie, as the Gambia writes Alhaji, on one phone ¦ Alagie|||Manneh;M;~41@2024-03-03;GMB;0953381120;;LY031901 ¦ Alhagie|||MANNEH;M;1982-06-16;GMB;0953381120;;LY031901
            Bassirou, the Wolof Bachir, day and month swapped, the phone's 0 lost ¦ Bassirou|||NDOYE;M;1995-10-03;SEN;0945581920;;LY021104 ¦ Bachir|||Ndoye;M;1995-03-10;SEN;945581920;;LY021105
            فاطنة, as Sudan calls Fatima, on one phone ¦ فاطنة|عبدالله||حامد;F;~41@2024-06-05;SDN;0945518870;;LY010701 ¦ Fatima|Abdalla|Hamid|Adam;F;1983-01-01;SDN;094 551 8870;;LY010701
            خادم and خديم, the Senegalese Khadim, on one phone ¦ خادم|||سيك;M;~27@2023-09-09;SEN;0912241177;;LY021104 ¦ خديم|||سيك;M;~29@2025-07-15;SEN;0912241177;;LY021104
            Abbakar, Abakar with the b doubled ¦ Abakar|Yahya|Abdelkarim|;M;~14@2023-03-02;SDN;;;LY010701 ¦ Abbakar|Yahia|Abdel Karim|Suleiman;M;~16@2024-08-19;SDN;0944128806;;LY010504
            Qusai written Kusay, born on one day ¦ Qusai|Ibrahim||Al-Halabi;M;1998-10-23;SYR;0918827716;;LY010304 ¦ Kusay|Ibraheem||Halabi;M;1998-10-23;SYR;;;LY010504
            Elobeidi, the article joined, against Al-Obeidi ¦ Salma|Faraj|Ali|Elobeidi;F;~15@2024-07-02;LBY;0945517702;;LY010102 ¦ Salma|Faraj|Ali|Al-Obeidi;F;~14@2023-09-22;LBY;;;LY010602
            Nimco, the Somali spelling of نعمة, on one phone ¦ نعمة|حسن|قوليد|;F;~23@2025-06-14;SOM;٠٩٥٣٣٧٠٠١٦;;LY021206 ¦ Nimco|Hassan|Guled|;F;~22@2024-09-09;SOM;0953370016;;LY021104
            Ruqiyo Aden, as Somalis write رقية آدم ¦ رقية|آدم|هيرسي|;F;~19@2024-09-03;SOM;;;LY021104 ¦ Ruqiyo|Aden|Hirsi|;F;~18@2023-07-24;SOM;;;LY021104
            Djimet, as Chad writes جمعة, on one Chadian number ¦ كلتومة|حسين|جمعة|;F;~31@2025-01-13;TCD;0023566210077;;LY010701 ¦ Kaltouma|Hissein|Djimet|;F;~30@2024-03-22;TCD;+235 66 21 00 77;;LY031901
            Biniam, the Eritrean بنيامين ¦ بنيامين|يوهانس||;M;~12@2025-01-20;ERI;;;LY010701 ¦ Biniam|Yohannes|Zerai|;M;~13@2025-07-02;ERI;0918867731;;LY010304
            Zion written for Tsion, on one phone ¦ Zion|Mekonen|Desta|;F;~24@2025-09-16;ETH;0946627710;;LY021104 ¦ Tsion|Mekonnen|Desta|;F;~23@2024-08-08;ETH;0946627710;;LY021104
            Ousmanou, the Fulfulde Othman, written عثمانو ¦ عثمانو|بوبا||;M;~27@2025-05-27;CMR;0944417706;; ¦ Ousmanou|||Bouba;M;1998-01-01;CMR;0944417706;;LY031901
            Abderamane, as Chad writes Abdelrahman, on one phone ¦ Abdelrahman|Moussa||;M;~23@2025-03-03;TCD;0917718810;; ¦ Abderamane|Moussa|Haroun|;M;2001-11-29;TCD;091 771 8810;;LY031901
            Hamadoun, the Fula Ahmadou, against حمادو ¦ Hamadoun|Amadou||CISSE;M;~34@2023-02-21;MLI;;;LY021404 ¦ حمادو|أمادو||سيسي;M;~36@2025-05-09;MLI;0952201190;;LY021404
            سكو and سيكو, Sekou written two ways, on one phone ¦ سكو|||كوناتي;M;~31@2023-10-10;GIN;+218925538811;;LY021104 ¦ سيكو|||كوناتي;M;1992-01-01;GIN;0925538811;;LY021104
            Gueye heard قاي, on one phone ¦ Abdou|||GUEYE;M;~35@2025-04-04;SEN;+218952288104;;LY021104 ¦ عبدو|||قاي;M;~33@2023-05-29;SEN;0952288104;;LY021104
            Buba, as the Gambia calls Abubacarr, on one phone ¦ Buba|||FOFANA;M;~31@2023-07-07;GMB;0952249911;;LY031901 ¦ Abubacarr|||Fofana;M;1992-02-02;GMB;+218952249911;;LY031901
            Precious written بريشس, a phone on one side only ¦ Precious|||Okoro;F;~21@2023-05-30;NGA;0914409921;;LY021104 ¦ بريشس|||اوكورو;F;~22@2024-03-02;NGA;;;LY021104
            Bakary written باكاري, a child's age guessed against his birth date ¦ Bakary|||Traore;M;~6@2024-10-28;MLI;;;LY021104 ¦ باكاري|||تراوري;M;2018-04-02;MLI;0912299031;;LY021104
            Tope for Temitope, the end of the name, on one phone ¦ Tope|||Ogunleye;F;~29@2024-04-30;NGA;09095518811;;LY021104 ¦ Temitope|||Ogunleye;F;1995-02-28;NGA;+234 909 551 8811;;LY021104
            Hadidja, as Cameroon writes Khadija, against خديجة, on one phone ¦ Hadidja|||Bouba;F;~33@2023-07-13;CMR;0914417720;;LY021104 ¦ خديجة|||بوبا;F;~33@2024-01-29;CMR;0914417720;;LY021104
            Patience written باشينس ¦ Patience|||Igbinedion;F;1990-07-07;NGA;;;LY021104 ¦ باشينس|||ايغبينيديون;F;~33@2023-02-20;NGA;;;LY021104
            born on a leap day, typed as 1 March by a second clerk, her family name in the father's field, on one phone ¦ Taiwo|||Okafor;F;2000-02-29;NGA;0928807731;;LY021104 ¦ Taiwo|Okafor||;F;2000-03-01;NGA;092 880 7731;;LY021102
            Ike for Ikechukwu, the short name whole the start of the long one, on one phone ¦ Ike|||Okafor;M;~34@2024-02-02;NGA;0913320044;;LY021104 ¦ Ikechukwu|||Okafor;M;1990-01-20;NGA;+218 91 332 0044;;LY021104
            Funmi written فونمي, Funmilayo cut short across scripts, on one phone ¦ فونمي|||أديبايو;F;~31@2024-07-07;NGA;0914420331;;LY021401 ¦ Funmilayo|||Adebayo;F;1993-09-09;NGA;+218 91 442 0331;;LY021401
            Gladys, her English second name, given alone at a clinic, on one phone ¦ Ese|Gladys||Omoregie;F;1996-03-11;NGA;+218 91 220 4471;;LY021401 ¦ Gladys|||Omoregie;F;~27@2023-09-02;NGA;0912204471;;LY021401
            Mirabel, the name she goes by, on one phone, born on one day ¦ Mirabel|||Fon;F;2000-11-23;CMR;0927715503;;LY021104 ¦ Ngum|Mirabel||Fon;F;2000-11-23;CMR;0927715503;;LY021104
            كوادوو as a clerk hears Kwadwo, against Kojo, on one phone ¦ Kojo|||Antwi;M;~30@2024-06-12;GHA;0946604421;;LY021104 ¦ كوادوو|||أنتوي;M;1993-09-15;GHA;+218 94 660 4421;;LY021104
            Issah and إيسا, Issa spelt as Ghana and a clerk spell it ¦ Issah|||Mahama;M;~26@2023-08-14;GHA;;;LY031901 ¦ إيسا|||ماهاما;M;1997-04-04;GHA;0917732209;;LY031901
            Salamatu, found in the table by its anglophone u, against سلاماتو ¦ Salamatu|||Iddrisu;F;~23@2024-04-04;GHA;;;LY021104 ¦ سلاماتو|إدريسو||;F;2001-02-02;GHA;;;LY021104
            Mohmamed, a slip typing an m twice, is Mohamed ¦ Mohmamed|||Sissoko;M;~25@2024-03-03;MLI;;;LY021104 ¦ Mohamed|||Sissoko;M;1999-02-02;MLI;;;LY021104
            Hamidu, the anglophone's Hamidou, not Ahmed's slip ¦ Hamidu|Sani||Garba;M;~30@2024-01-10;NER;;;LY031901 ¦ Hamidou|||Garba;M;~31@2024-09-02;NER;;;LY031901
            Alieu, as the Gambia writes Aliou ¦ Alieu|||Jallow;M;2001-03-04;GMB;;;LY021503 ¦ Aliou|Lamin||Jallow;M;~23@2024-06-01;GMB;;;LY021104
            Habibur with Rahman as the family name, his father's name between, as Habibur Rahman ¦ Habibur|Md Abdul Karim||Rahman;M;~30@2024-03-01;BGD;;;LY021402 ¦ Habibur Rahman|Abdul Karim||;M;~31@2024-11-20;BGD;;;LY021401
            Rhissa, as French writes غيسة in the Sahel ¦ Rhissa|Ag Ibrahim||;M;1988-02-11;NER;;;LY032003 ¦ غيسة|أغ إبراهيم||;M;~36@2024-05-05;NER;;;LY031901
            Rhaly against Ghali, on one phone ¦ Rhaly|||Ag Mohamed;M;~40@2024-02-01;MLI;0917712233;;LY032003 ¦ Ghali|Mohamed||;M;1984-05-05;MLI;+218 91 771 2233;;LY032101
            لمى written لما, its alef maqsura as an alef, on one phone ¦ لمى|خالد||الزوي;F;~25@2024-03-03;LBY;0913345567;;LY021104 ¦ لما|خالد|علي|الزوي;F;1998-07-07;LBY;0913345567;;LY010304
            سولي as a clerk hears Souley, no Saleh ¦ Moussa|Souley||;M;~29@2024-02-12;NER;;;LY031901 ¦ موسى|سولي||;M;~30@2025-01-20;NER;;;LY031901
            Hauwa'u, the Hausa ending of Hauwa ¦ Hauwa'u|||Sani;F;~28@2024-06-01;NGA;;;LY031901 ¦ Hauwa|Sani||;F;~29@2025-03-01;NGA;;;LY031901
            الاتشي as a clerk writes the Chadian Allatchi ¦ Allatchi|||Mahamat;M;~35@2024-01-10;TCD;;;LY010701 ¦ الاتشي|محمد||;M;~36@2024-12-01;TCD;;;LY010701
            Isaka, as Issaka is heard ¦ Isaka|||Moussa;M;~30@2024-04-04;NER;;;LY031901 ¦ Issaka|Moussa||;M;~31@2025-02-02;NER;;;LY031901
            عمرو as a clerk writes the Oumarou of Niger, and حميدو Hamidou ¦ Hamidou|Oumarou||;M;~58@2024-03-03;NER;;;LY031901 ¦ حميدو|عمرو||;M;~59@2025-01-12;NER;;;LY031901
            Mamane, as Niger writes Mohamed, against مامان ¦ Mamane|||Sani;M;1991-05-01;NER;;;LY031901 ¦ مامان|||ساني;M;~33@2024-07-07;NER;;;LY031901
            عيسوفو, Issoufou heard with an ain ¦ Rabi|||Issoufou;F;~19@2023-08-22;NER;;;LY031901 ¦ ربيعة|||عيسوفو;F;~21@2025-04-02;NER;;;LY031901
            a Bangladeshi's sh written s, born on one day ¦ Shohag|||Sheikh;M;2000-03-31;BGD;;;LY021104 ¦ Sohag|Rafiq||Shaikh;M;2000-03-31;BGD;0913341127;;LY021102
            a Bangladeshi's z written j, born on one day ¦ Zahidul|||Islam;M;1994-04-04;BGD ¦ Jahidul|Nurul Haque||Islam;M;1994-04-04;BGD
            Mizanur written Mijanur, born on one day ¦ Mizanur|||Rahman;M;1990-12-31;BGD;0914412267 ¦ Mijanur|Abdur Rashid||Rahaman;M;1990-12-31;BGD
            Abdou, as Niger calls an Abdoulaziz, on one phone ¦ Abdoulaziz|||Mahamadou;M;1995-08-08;NER;0944477012;passport:16PC01882:NER;LY021301 ¦ Abdou|||Mahamadou;M;1995-08-08;NER;0944477012;;LY021301
            إبراهيما and سيساي, as a clerk writes Ebrima Ceesay ¦ Ebrima|||Ceesay;M;~21@2024-08-08;GMB;;;LY021104 ¦ إبراهيما|سيساي||;M;~22@2025-04-01;GMB;;;LY021104
            عماد الدين split over two fields, against Emadeddin on one phone ¦ عماد|الدين|الصادق|البكوش;M;1981-07-07;LBY;0912245560;;LY021104 ¦ Emadeddin|Elsadek||Elbakoush;M;1981-07-07;LBY;0912245560;;LY021104
            Muhammad Imran, and Imran with his father's name, born on one day ¦ Muhammad Imran|||;M;1989-03-21;PAK;;passport:AK4412873:PAK;LY021104 ¦ Imran|Muhammad Aslam||;M;1989-03-21;PAK;+92 300 6412298;;LY021104
            Mirabel, the name she goes by, without Bih, born on one day ¦ Bih|Mirabel||Ngwa;F;2000-11-23;CMR;0927711403;;LY021104 ¦ Mirabel|||Ngwa;F;2000-11-23;CMR;;;LY021104
            the family name written first, the last word in the family field, on one phone ¦ Blessing|Osas||Igbinosa;F;~23@2024-02-19;NGA;+234 803 552 1907;;LY021104 ¦ IGBINOSA|Blessing||Osas;F;~24@2025-01-07;NGA;08035521907;;LY021104
            Aisatou, as Isatou and Aissatou, born on one day ¦ Aisatou|||Ceesay;F;1999-08-08;GMB;;;LY021503 ¦ Isatou|Lamin||Ceesay;F;1999-08-08;GMB;;;LY021104
            """)
    void theSamePersonIsLikely(String what, String a, String b) {
        Comparison c = compare(a, b);
        assertThat(c.likely()).as(what + " " + c).isTrue();
        assertThat(c.score()).isBetween(ENGINE.likelyThreshold(), 1.0);
        // and the one is found from the other at all: a search compares only persons who hold a key it looks up
        assertThat(keysFound(a, b)).as(what + ": a blocking key in common").isNotEmpty();
        assertThat(keysFound(b, a)).as(what + ": a blocking key in common").isNotEmpty();
        // each record, holding enough to be found as the other, is all the more itself: a word the reading of a name
        // throws away on both sides alike (a title alone in a field) must not make a record unlike its own copy
        for (String record : List.of(a, b)) {
            assertThat(compare(record, record).likely())
                    .as(what + ": " + record + " against itself")
                    .isTrue();
        }
    }

    /** More of {@link #theSamePersonIsLikely}: its text block is a class constant, 64 KiB at most. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            a refugee's card copied without its office, 23C 51472 for 480-23C51472 ¦ Hagos|Tekle|Berhe|;M;1994-02-11;ERI;;asylum_or_refugee_card:480-23C51472:LBY;LY021104 ¦ Hagos|Tekle||;M;~27@2025-09-01;ERI;;asylum_or_refugee_card:23C 51472:LBY;LY021502
            the Gambian Bubacarr, called Buba, on one phone ¦ Buba|||Jallow;M;~33@2024-04-21;GMB;0917705531;;LY021104 ¦ BUBACARR|||JALLOW;M;1990-06-16;GMB;091 770 5531;passport:PC0233041:GMB
            the Ghanaian Kwabena, called Kobby, on one phone ¦ Kobby|||Mensah;M;~26@2024-10-17;GHA;0946618821;;LY021104 ¦ KWABENA|||MENSAH;M;1998-09-09;GHA;0946618821;passport:G2307711:GHA
            the Dioula Dramane, the everyday form of Abdramane ¦ Dramane|||Ouattara;M;~35@2023-07-07;CIV;;;LY021104 ¦ عبد الرحمن / ABDRAMANE|||OUATTARA;M;1988-03-09;CIV;;;LY021104
            the northern Ghanaian Issahaku, إسحاق in Arabic ¦ إسحاق|||محمد;M;~30@2024-04-02;GHA;;;LY031901 ¦ Issahaku|||Mohammed;M;1994-02-11;GHA;;;LY031901
            the Sierra Leonean Alusine, الحسين in Arabic ¦ الحسين|إبراهيم||كمارا;M;~27@2023-11-07;SLE;;;LY021502 ¦ Alusine|Ibrahim||Kamara;M;1996-05-20;SLE;;;LY021502
            only a given name and a phone, guessed half a year older than the date of birth on his passport ¦ Yassine|||;M;~24@2024-02-09;MAR;0935541234;;LY021502 ¦ YASSINE|||TAZI;M;2000-08-15;MAR;0935541234;passport:TK1301234:MAR
            a slip in the family name of a name of two words, Boateng and Boatend ¦ Kofi|||Boateng;M;~29@2023-03-03;GHA;;;LY021502 ¦ Kofi|||Boatend;M;~30@2024-04-04;GHA;;;LY021502
            the French Yvette and إيفيت on one phone ¦ Yvette|||Essomba;F;~31@2023-07-27;CMR;0925541178;;LY021104 ¦ إيفيت|||إيسومبا;F;~32@2024-05-21;CMR;0925541178;;LY021104
            the Ghanaian Hawawu, Hawa, born the day her travel document says ¦ حواء|||سيدو;F;2008-03-04;GHA;;;LY031901 ¦ Hawawu|||Seidu;F;2008-03-04;GHA;;;LY031901
            the Hausa Adiza, Khadija ¦ Hadiza|||Boubacar;F;1993-10-08;NER;0926640019;;LY031901 ¦ ADIZA|||BUBAKAR;F;~31@2024-05-05;NER;0926640019;;LY031901
            the Hausa Audu, Abdou, and Sule, Souleymane, born on one day ¦ Souleymane|Abdou||Dan Inna;M;1983-03-19;NER;;;LY031901 ¦ Sule|Audu|Daninna|;M;1983-03-19;NER;0926641120;;LY031901
            the Nigerien Inoussa, Younoussa, يونسا ¦ يونسا|لاوالي||;M;1996-10-28;NER;0926641121;;LY032003 ¦ Inoussa|Laouali||Moussa;M;1996-10-28;NER;;;LY032003
            the Kanuri Falmata, Fatima, on one phone ¦ Falmata|Goni||Bukar;F;1985-01-01;NER;0926641122;;LY032204 ¦ Fatima|Goni|Boukar|;F;~40@2025-02-02;NER;0926641122;;LY032204
            the Ghanaian Abiba, Habiba, on one phone ¦ Abiba|||Seidu;F;~26@2023-08-21;GHA;0944127309;;LY031901 ¦ حبيبة|||سيدو;F;~27@2024-10-01;GHA;0944127309;;LY031901
            the Ethiopian Kebede, written in Arabic with and without its vowels, on one phone ¦ كيبيدي|تسفاي|أبيبي|;M;1979-04-12;ETH;0925550143;;LY021104 ¦ كبدي|تسفاي|أبيبي|;M;~46@2025-06-01;ETH;0925550143;;LY021104
            Mahmoud written back into Arabic from its Latin spelling, on one phone ¦ محمود|سعيد||الشاذلي;M;1981-02-14;EGY;0925561234;;LY031901 ¦ ماهمود|سعيد||الشاذلي;M;~44@2025-03-01;EGY;0925561234;;LY021104
            Helen, whose first h the clerk did not hear, on one phone ¦ هلين|تسفاي|قبريسوس|;F;~9@2025-05-20;ERI;0924417755;;LY010504 ¦ Elen|Tesfay|Gebreyesus|;F;2016-03-01;ERI;0924417755;;LY010504
            Ivie and Ivy, born on one day, on one phone ¦ Ivie|||Omoruyi;F;1999-06-14;NGA;0913327784;;LY021104 ¦ Ivy|||Omoruyi;F;1999-06-14;NGA;0913327784;;LY031901
            Ifeanyi typed without its f and with an e for its last i, born on one day, on one phone ¦ Ieanyi|||Okonkwo;M;1982-09-09;NGA;0945512290;;LY021104 ¦ Ifeanye|||Okonkwo;M;1982-09-09;NGA;0945512290;;LY021502
            a grandfather's name on one record and the family name on the other, on one phone ¦ خالد|سالم|مفتاح|;M;~40@2025-04-01;LBY;0925513377;;LY021104 ¦ Khaled|Salem||Warfalli;M;~41@2025-09-10;LBY;0925513377;;LY020803
            """)
    void theSamePersonIsLikelyToo(String what, String a, String b) {
        theSamePersonIsLikely(what, a, b);
    }

    /**
     * A name of two words that keys only with a birth bucket (a very common name, or a word of a short key form) and
     * no birth information at all: the person is still found by a later record of the names, with an age or without.
     * Whether they are then likely one person is the namesakes' to say (CandidateSearchTests).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            Awa Keita twice without any age, in two scripts ¦ Awa|||Keita;F;;MLI;;;LY031901 ¦ عوا|||كيتا;F;;MLI;;;LY031901
            Mohamed Keita without any age, against an estimated age ¦ Mohamed|||Keita;M;;MLI;;;LY031901 ¦ محمد|||كيتا;M;~30@2025-01-01;MLI;;;LY031901
            Hawa Sow without any age, against a date of birth ¦ Hawa|||Sow;F;;GIN;;;LY021104 ¦ Hawa|||Sow;F;1990-05-05;GIN;;;LY021104
            Ali Sow without any age, against a name of three words and an age ¦ Ali|||Sow;M;;SEN;;;LY021104 ¦ Ali|Mamadou||Sow;M;~41@2024-03-01;SEN;;;LY021104
            """)
    void aNameOfTwoWordsWithoutAnyAgeIsFoundByALaterRecordWithOrWithoutOne(String what, String a, String b) {
        assertThat(keysFound(a, b)).as(what).isNotEmpty();
        assertThat(keysFound(b, a)).as(what).isNotEmpty();
    }

    /**
     * A word written in one script as the other script spells a name of the table, where the table keys that name by
     * another skeleton (Ramatou is Rahma's; Hawaou and Ayishetu are spellings of Hawa and Aisha; the French Y of Yvette
     * is a vowel): the two records still share a key, and are compared.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            Ramatou in Latin and written as said in Arabic ¦ Ramatou|||Djoda;F;~23@2024-06-20;CMR;;;LY031901 ¦ رماتو|||جودا;F;~24@2025-04-01;CMR;;;LY031901
            Aminatou in Latin and written as said in Arabic ¦ Aminatou|||Tapsoba;F;~30@2024-06-20;BFA;;;LY031901 ¦ اميناتو|||تابسوبا;F;~31@2025-04-01;BFA;;;LY031901
            the French Yvette and إيفيت ¦ Yvette|||Essomba;F;~31@2023-07-27;CMR;;;LY021104 ¦ إيفيت|||إيسومبا;F;~32@2024-05-21;CMR;;;LY021104
            the Cameroonian Hawaou and حواء ¦ Hawaou|||Ahmadou;F;~20@2023-08-01;CMR;;;LY031901 ¦ حواء|||أحمدو;F;~21@2024-07-15;CMR;;;LY031901
            the Ghanaian Ayishetu and عائشة ¦ Ayishetu|||Issah;F;~24@2024-03-05;GHA;;;LY031901 ¦ عائشة|||عيسى;F;~25@2025-01-22;GHA;;;LY031901
            """)
    void aWordWrittenAsTheOtherScriptSpellsANameOfTheTableSharesItsKeys(String what, String a, String b) {
        assertThat(keysFound(a, b)).as(what).isNotEmpty();
        assertThat(keysFound(b, a)).as(what).isNotEmpty();
    }

    /** Hamoud and Humaid are names of their own: keyed as Ahmed, whose skeleton they share, every Ahmed was a namesake. */
    @Test
    void hamoudAndHumaidAreNoAhmed() {
        for (String spec : List.of(
                "Omar|Khaled||Alhamoud;M;~15@2024-02-22;SYR",
                "عمر|خالد||الحمود;M;~15@2024-02-22;SYR",
                "Humaid|Saleh||Zawi;M;~30@2024-02-22;LBY")) {
            assertThat(ENGINE.profile(People.parse(spec)).blockingKeys())
                    .as(spec)
                    .noneMatch(key -> key.contains("ahmed"));
        }
    }

    /** The keys a search for one record looks up that the other, stored, holds: none, and it is never compared. */
    static Set<String> keysFound(String searched, String stored) {
        Set<String> shared =
                new HashSet<>(ENGINE.profile(People.parse(searched)).searchKeys());
        shared.retainAll(ENGINE.profile(People.parse(stored)).blockingKeys());
        return shared;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            a syllable said twice is no name of another letter: Zouzou and Nour, sisters on one phone ¦ Zouzou|Hamid||Adam;F;~4@2023-09-09;SDN;0927740032;;LY010504 ¦ نور|حامد||آدم;F;2019-03-03;SDN;0927740032;;LY010504
            Lulu and Lina, sisters on one phone five years apart ¦ Lulu|Omar||Tarhouni;F;~7@2024-03-03;LBY;0925556677;;LY021104 ¦ Lina|Omar||Tarhouni;F;2012-01-19;LBY;0925556677;;LY021104
            two men of one given and father's name and two families, on one phone ¦ Ahmed|Ali||Zawi;M;~30@2024-03-03;LBY;0925522018;;LY021104 ¦ Ahmed|Ali||Warfalli;M;1993-05-05;LBY;0925522018;;LY021104
            two women of one given and father's name and two families, on one phone, a generation apart ¦ Fatima|Ali||Zawi;F;~60@2024-03-03;LBY;0925522018;;LY021104 ¦ Fatima|Ali||Warfalli;F;1990-05-05;LBY;0925522018;;LY021104
            twin sisters Salwa and Safwa, one letter apart ¦ Salwa|Mohamed|Moftah|Gaddafi;F;1992-01-14;LBY;0925512330;;LY020803 ¦ Safwa|Mohamed|Moftah|Gaddafi;F;1992-01-14;LBY;0925512330;;LY020803
            Moroccan twins Hassan and Houssine ¦ Hassan|Mohamed||El Khattabi;M;2003-07-07;MAR;;;LY021503 ¦ Houssine|Mohamed||El Khattabi;M;2003-07-07;MAR;;;LY021503
            Malian twins Lassana and Lassine, al-Hassan and al-Husayn ¦ Lassana|||Diarra;M;2012-01-01;MLI;0926600771;;LY031901 ¦ Lassine|||Diarra;M;2012-01-01;MLI;0926600771;;LY031901
            the title in the given field, the names a field on, but thirty years apart ¦ Alhaji|Musa||Danladi;M;~60@2024-01-08;NGA;;;LY031901 ¦ Musa|Danladi||;M;~30@2025-05-09;NGA;0925547710;;LY031901
            two girls of one name in two scripts, born two years and a half apart ¦ ملاك|علي||الزاوي;F;2013-04-04;LBY;;;LY021301 ¦ Malak|Ali||Al-Zawi;F;2015-09-09;LBY;0944120871;;LY021301
            cousins named after one grandfather, in two scripts, born three years apart on other phones ¦ محمد|عبدالله|علي|الفرجاني;M;2020-06-15;LBY;0914480099;;LY020803 ¦ Mohamed|Abdalla|Ali|Al-Ferjani;M;2017-09-03;LBY;0925561108;;LY020803
            two men of one name and one day of birth, each with his own national number ¦ Aminu|Sani||Lawal;M;1990-11-02;NGA;;national_id:43819027756:NGA;LY031901 ¦ Aminu|Sani||Lawal;M;1990-11-02;NGA;;national_id:51247790032:NGA;LY031801
            cousins named after one grandfather, born on one day, each with his own passport ¦ Idriss|Youssouf|Itno|;M;1992-11-21;TCD;;passport:A0233187:TCD;LY010701 ¦ Idriss|Youssouf|Itno|;M;1992-11-21;TCD;;passport:A0233502:TCD;LY010701
            brothers sharing father, grandfather, family and phone ¦ Khaled|Mohamed|Ali|Zawi;M;1992-05-01;LBY;0912345678 ¦ Ahmed|Mohamed|Ali|Zawi;M;1995-09-12;LBY;0912345678
            sisters ¦ Fatima|Omar|Salem|Tarhouni;F;1985-03-07;LBY;0925556677 ¦ Aisha|Omar|Salem|Tarhouni;F;1988-01-19;LBY;0925556677
            brothers written in two scripts ¦ محمد|عثمان|آدم|;M;1993-01-01;SDN ¦ Abdelrahman|Osman|Adam|;M;1996-01-01;SDN
            twins, same date of birth and phone ¦ Hassan|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334455 ¦ Hussein|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334455
            twins brother and sister ¦ Adam|Issa||Abakar;M;2010-02-02;TCD ¦ Hawa|Issa||Abakar;F;2010-02-02;TCD
            twins with names one letter apart in skeleton ¦ Walid|Salem|Ahmed|Obeidi;M;2001-04-04;LBY ¦ Khalid|Salem|Ahmed|Obeidi;M;2001-04-04;LBY
            father and son, names shifted ¦ Ahmed|Mohamed|Ali|Zawi;M;1995-02-02;LBY;0911112222 ¦ Mohamed|Ali|Salem|Zawi;M;1966-05-05;LBY;0911112222
            grandson named after his grandfather ¦ Ali|Mohamed|Ali|Zawi;M;1998-01-01;LBY ¦ Ali|Hassan|Omar|Zawi;M;1940-01-01;LBY
            father and son with estimated ages ¦ Musa|Adam||Haroun;M;~20@2025-01-01;TCD ¦ Adam|Haroun||;M;~50@2025-01-01;TCD
            a very common name, different people ¦ Mohamed|Ali;M;1990-01-01;SDN ¦ Mohamed|Ali;M;1978-05-05;EGY
            a very common name, same nationality, years apart ¦ Mohamed|Ahmed||Ali;M;1985-03-03;SDN ¦ Mohamed|Ahmed||Ali;M;1993-10-10;SDN
            a very common name, estimated ages only ¦ Mohamed|Ibrahim;M;~30@2025-01-01;NGA ¦ Mohamed|Ibrahim;M;~32@2025-06-01;NGA
            cousins with the same given name ¦ Ali|Mohamed|Salem|Ghariani;M;1990-06-06;LBY ¦ Ali|Hassan|Salem|Ghariani;M;1991-02-02;LBY
            mother and daughter sharing a phone ¦ Fatima|Abdallah||Warfalli;F;1970-01-01;LBY;+218 92 111 2233 ¦ Mariam|Ahmed||Warfalli;F;1995-05-05;LBY;0921112233
            husband and wife sharing a phone ¦ Omar|Saleh||Magarief;M;1980-09-09;LBY;0917778899 ¦ Amna|Yusuf||Obeidi;F;1984-04-14;LBY;0917778899
            namesakes with different passports ¦ Ibrahim|Musa||Traore;M;1995-05-05;MLI;;passport:AA123456:MLI ¦ Ibrahim|Musa||Traore;M;1994-12-12;MLI;;passport:AB987654:MLI
            cousins: the fathers' names differ ¦ Najah|Abdelhamid|Mohamed|Warfalli;F;~16@2025-11-01;LBY ¦ نجاح|عبد الباسط|محمد|الورفلي;F;2010-07-22;LBY
            namesakes in reverse order, no birth date on one side ¦ Tamer|Fathi||Mohammad;M;;EGY ¦ Mohamed|Adam|Fathy|Tamer;M;1977-08-27;EGY;0950701579
            the same consonants, other names (Sumon, Osman) ¦ Sumon|Awis|Yusuf|;M;2002-06-29;SOM ¦ Osman|Awis|Yusuf|;M;~22@2025-02-23;SOM
            three very common names and a rough age ¦ Fatime|Mahamat||Yacoub;F;~35@2025-03-22;TCD ¦ فاطمة|محمد|هارون|يعقوب;F;1991-08-12;TCD
            Mohamed and Mahmoud are different names ¦ Mohamed|Salem|Ali|Tarhouni;M;1990-03-04;LBY ¦ Mahmoud|Salem|Ali|Tarhouni;M;1992-08-04;LBY
            Libyan twins Sadia and Shadia, whose sh no Bengali spelling drops ¦ Sadia|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455 ¦ Shadia|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455
            the same three words in another order, of rough ages and on no phone ¦ Blessing|Osas||Igbinosa;F;~23@2024-02-19;NGA;;;LY021104 ¦ IGBINOSA|Blessing||Osas;F;~24@2025-01-07;NGA;;;LY021104
            a common name of two nationalities, both born on a 1 January ¦ Mohamed|||Diallo;M;1996-01-01;GIN;;;LY021104 ¦ Mohamed|||Diallo;M;1996-01-01;SEN;+221 78 112 44 09;;LY021104
            twins whose names are a long vowel apart (Saad, Saud) ¦ سعد|علي|عمر|المصراتي;M;2005-06-06;LBY;0913334455 ¦ سعود|علي|عمر|المصراتي;M;2005-06-06;LBY;0913334455
            twins Rana and Rania ¦ رنا|علي|عمر|المصراتي;F;2005-06-06;LBY;0913334455 ¦ رانيا|علي|عمر|المصراتي;F;2005-06-06;LBY;0913334455
            twins Sami and Sameh ¦ سامي|علي|عمر|المصراتي;M;2005-06-06;LBY;0913334455 ¦ سامح|علي|عمر|المصراتي;M;2005-06-06;LBY;0913334455
            brothers whose names are a slip apart, born years apart ¦ رشاد|عبدالجليل|عبدالباسط|الغرياني;M;2001-01-09;LBY;0951016662 ¦ رشا|عبدالجليل|عبدالباسط|الغرياني;M;2006-05-19;LBY;0951016662
            a slip apart but the fathers differ ¦ رشا|عبدالجليل|عبدالباسط|الغرياني;F;2006-01-09;LBY ¦ رسا|عبدالله|عبدالباسط|الغرياني;F;2006-01-09;LBY
            two very common names and the same 1 January ¦ Mohamed|Ibrahim;M;1990-01-01;NGA ¦ Mohammed|Ibrahim;M;1990-01-01;NGA
            two very common names and the same 1 January across scripts ¦ فاطمة|||آدم;F;1990-01-01;SDN ¦ Fatima|||Adam;F;1990-01-01;SDN
            brothers, one with a compound name that starts with the other's ¦ Saif Eldin|Hassan||Idris;M;1988-08-08;SDN ¦ Saif|Hassan||Idris;M;1992-02-02;SDN
            twins Said and Saad, both names of the table ¦ سعيد|علي|عمر|المصراتي;M;2005-06-06;LBY;0913334455 ¦ سعد|علي|عمر|المصراتي;M;2005-06-06;LBY;0913334455
            twins Omar and Amr, both names of the table ¦ Omar|Ali|Salem|Zawi;M;2005-06-06;LBY;0913334455 ¦ Amr|Ali|Salem|Zawi;M;2005-06-06;LBY;0913334455
            twins Hana and Hanan, in Latin ¦ Hana|Omar|Salem|Tarhouni;F;2005-06-06;LBY;0925556677 ¦ Hanan|Omar|Salem|Tarhouni;F;2005-06-06;LBY;0925556677
            twins Rana and Rania, in Latin ¦ Rana|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455 ¦ Rania|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455
            twins Nada and Nadia, in Latin ¦ Nada|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455 ¦ Nadia|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455
            twins Salma and Salwa, in Latin ¦ Salma|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455 ¦ Salwa|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455
            twins Sara and Sana, in Latin ¦ Sara|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455 ¦ Sana|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455
            twins Reem and Rima, in Latin ¦ Reem|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455 ¦ Rima|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455
            twins Dina and Dana, in Latin ¦ Dina|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455 ¦ Dana|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455
            twins Nour and Noura, in Latin ¦ Nour|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455 ¦ Noura|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334455
            twins Nabil and Nabih, in Latin ¦ Nabil|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334455 ¦ Nabih|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334455
            twins Ramzi and Ramez, in Latin ¦ Ramzi|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334455 ¦ Ramez|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334455
            twins Hana and Hanan, in Arabic ¦ هناء|عمر|سالم|الترهوني;F;2005-06-06;LBY;0925556677 ¦ حنان|عمر|سالم|الترهوني;F;2005-06-06;LBY;0925556677
            brother and sister twins, every name but the given one shared ¦ Adam|Issa|Omar|Abakar;M;2010-02-02;TCD ¦ Hawa|Issa|Omar|Abakar;F;2010-02-02;TCD
            the same names, the other sex, born on other days ¦ Nour|Ali||Zawi;F;1990-03-03;LBY ¦ Nour|Ali||Zawi;M;1995-05-05;LBY
            the same names, the other sex, the same 1 January ¦ Nour|Ali||Zawi;F;1990-01-01;LBY ¦ Nour|Ali||Zawi;M;1990-01-01;LBY
            brothers Qasim and Belgasem ¦ قاسم|علي||الزوي;M;1980-01-15;LBY ¦ بلقاسم|علي||الزوي;M;1983-01-15;LBY
            twins whose compound given names share Mohamed (Mohamed Ali, Mohamed Salah), one phone ¦ Mohamed Ali|Omar|Salem|Zawi;M;2005-06-06;LBY;0913334455 ¦ Mohamed Salah|Omar|Salem|Zawi;M;2005-06-06;LBY;0913334455
            twins Mahamat Nour and Mahamat Saleh, across scripts ¦ محمد نور|أبكر||عيسى;M;2005-06-06;TCD;0913334455 ¦ Mahamat Saleh|Abakar||Issa;M;2005-06-06;TCD;0913334455
            Eritrean twins Yonas and Yemane on the UNHCR case number of their household ¦ Yonas|Tekle||Haile;M;2004-05-12;ERI;;asylum_or_refugee_card:286-21C40417:LBY;LY021104 ¦ YEMANE|TEKLE||HAILE;M;2004-05-12;ERI;;asylum_or_refugee_card:21C40417:LBY;LY021104
            brothers on the UNHCR case number of their household, ages apart ¦ Fitsum|Yonas||Robel;M;1990-07-20;ERI;0926263857;asylum_or_refugee_card:286-18C34109:LBY;LY021104 ¦ هايلي|يوناس|روبيل|;M;~31@2025-02-01;ERI;0926263857;asylum_or_refugee_card:28618C34109:LBY;LY021104
            Hausa twin sisters Hassana and Hussaina, across scripts ¦ حسانة|||إبراهيم;F;2007-03-19;NGA;;;LY021104 ¦ HUSSAINA|||IBRAHIM;F;2007-03-19;NGA;;;LY021104
            Igbo twins Ebuka and Ebube, a consonant apart, born on one day, on one phone ¦ Ebuka|||Okafor;M;2004-03-21;NGA;0913327785;;LY021104 ¦ Ebube|||Okafor;M;2004-03-21;NGA;0913327785;;LY021104
            Yoruba twins Tobi and Tolu, born on one day, on one phone ¦ Tobi|||Adeyemi;F;2006-11-02;NGA;0913327786;;LY021104 ¦ Tolu|||Adeyemi;F;2006-11-02;NGA;0913327786;;LY021104
            twins Hisham and Hashim, two names of one root ¦ هشام|علي||الزوي;M;1980-01-15;LBY;0913334455 ¦ هاشم|علي||الزوي;M;1980-01-15;LBY;0913334455
            brother and sister twins whose names differ by the feminine ending (سالم, سالمة) ¦ سالم|فتحي|عبدالرزاق|البرعصي;M;2018-08-06;LBY ¦ سالمة|فتحي|عبدالرزاق|البرعصي;F;2018-08-06;LBY
            brother and sister twins Mabrouk and Mabrouka, across scripts ¦ المبروك|محمد|صالح|القرلعكي;M;2022-10-30;LBY ¦ Mabrouka|Mohammad|Saleh|Garlaki;F;2022-10-30;LBY
            brother and sister twins Osama and Samia, one skeleton, same phone ¦ أسامة|خالد|حسن|فضل الله;M;2013-12-08;SDN;218927665317 ¦ Samia|Khalid|Hassan|Fadlalla;F;2013-12-08;SDN;218927665317
            brother and sister twins Karim and Karima ¦ Karim|Ali|Omar|Zawi;M;2018-08-06;LBY ¦ Karima|Ali|Omar|Zawi;F;2018-08-06;LBY
            a Pakistani Muhammad whose father is Imran, and Imran ¦ Muhammad|Imran||Khan;M;2000-01-01;PAK ¦ Imran|||Khan;M;1970-05-05;PAK
            Bangladeshi brothers, Md spread over the fields ¦ Md|Rafiqul||Islam;M;1987-07-07;BGD;01711223344 ¦ Md|Shafiqul||Islam;M;1990-03-03;BGD;01711223344
            brothers, one with his whole name typed as the family name ¦ |||Ahmed Salem Ghariani;M;1975-02-02;LBY ¦ Mohamed|Salem||Ghariani;M;1978-02-02;LBY
            a family name alone against a whole name, born on one day ¦ |||Ghariani;M;1975-02-02;LBY ¦ Ahmed|Salem||Ghariani;M;1975-02-02;LBY
            Bangladeshi brothers Habibur and Mizanur Rahman ¦ Habibur|||Rahman;M;1991-03-03;BGD;01711223344 ¦ ميزان|||الرحمن;M;1994-06-06;BGD;01711223344
            two strangers named Ibrahim, father and family name Unknown ¦ Ibrahim|Unknown||Unknown;M;~25@2025-01-01;NGA ¦ Ibrahim|Unknown||Unknown;M;~26@2025-01-01;NGA
            two strangers named إبراهيم, father غير معروف ¦ إبراهيم|غير معروف||;M;~25@2025-01-01;SDN ¦ إبراهيم|غير معروف||;M;~26@2025-01-01;SDN
            two strangers named آدم, father and grandfather مجهول ¦ آدم|مجهول|مجهول|;M;~25@2025-01-01;TCD ¦ آدم|مجهول|مجهول|;M;~27@2025-01-01;TCD
            two strangers whose birth dates are both 1900-01-01 ¦ Ibrahim|||Bello;M;1900-01-01;NGA ¦ Ibrahim|||Bello;M;1900-01-01;NGA
            two strangers whose phone was typed 0000000000 ¦ Ibrahim|Musa||Bello;M;~25@2025-01-01;NGA;0000000000 ¦ Ibrahim|Musa||Bello;M;~30@2025-01-01;NGA;0000000000
            cousins named after each other's fathers, of one age ¦ Ali|Mohamed|Salem|Zawi;M;~35@2025-01-01;LBY ¦ Mohamed|Ali|Salem|Zawi;M;~36@2025-01-01;LBY
            cousins named after each other's fathers, the same 1 January ¦ Ali|Mohamed|Salem|Zawi;M;1990-01-01;LBY ¦ Mohamed|Ali|Salem|Zawi;M;1990-01-01;LBY
            twins Thana and تهاني, a th at the start read as one letter only ¦ Thana|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ تهاني|عمر|سالم|الزوي;F;2005-02-02;LBY;0911111112
            twins Aisha and سها, a name of the table read as the table says ¦ Aisha|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ سها|عمر|سالم|الزوي;F;2005-02-02;LBY;0911111112
            two strangers whose passport number was typed NONE ¦ Yonas|||Tesfay;M;~25@2025-01-01;ERI;;passport:NONE:ERI ¦ Yonas|||Tesfay;M;~29@2025-01-01;ERI;;passport:none:ERI
            two strangers whose passport number was typed 000000 ¦ Yonas|||Tesfay;M;~25@2025-01-01;ERI;;passport:000000:ERI ¦ Yonas|||Tesfay;M;~29@2025-01-01;ERI;;passport:00-00-00:ERI
            two sisters whose passport number was typed UNKNOWN ¦ Amina|||Bello;F;~25@2025-01-01;NGA;;passport:UNKNOWN:NGA ¦ Fatima|||Bello;F;~29@2025-01-01;NGA;;passport:UNKNOWN:NGA
            twins Asmaa and Samah, the same consonants but not the same vowels between them ¦ Asmaa|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Samah|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Samer and Sameh ¦ Samer|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Sameh|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Hatem and Hazem ¦ Hatem|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Hazem|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Ziad and Zaid ¦ Ziad|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Zaid|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Jalal and Jamal ¦ Jalal|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Jamal|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Anas and Anis ¦ Anas|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Anis|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Samar and Sahar ¦ Samar|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Sahar|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Haneen and Hanan ¦ Haneen|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Hanan|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Dina and Dima ¦ Dina|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Dima|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Lamia and Lamis ¦ Lamia|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Lamis|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Nora and Noha ¦ Nora|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Noha|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Rawan and Rawia ¦ Rawan|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Rawia|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins حامد and حمد, a long vowel lost that makes another name ¦ حامد|عمر|سالم|الزوي;M;2005-02-02;LBY;0911111112 ¦ حمد|عمر|سالم|الزوي;M;2005-02-02;LBY;0911111112
            twins Najwa and نجاح, across scripts ¦ Najwa|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ نجاح|عمر|سالم|الزوي;F;2005-02-02;LBY;0911111112
            twins Howida and هدى, across scripts ¦ Howida|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ هدى|عمر|سالم|الزوي;F;2005-02-02;LBY;0911111112
            twins Hamadi and Hamed, of one consonant skeleton but two names ¦ Hamadi|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Hamed|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Hamadi and Hamdi, of one consonant skeleton but two names ¦ Hamadi|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Hamdi|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Awad and Ayad, of one consonant skeleton but two names ¦ Awad|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Ayad|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Bashir and Bechara, of one consonant skeleton but two names ¦ Bashir|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Bechara|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Ehsan and Hasan, of one consonant skeleton but two names ¦ Ehsan|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Hasan|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins عز and عزت, two names one letter apart ¦ عز|علي|صالح|الزوي;M;2005-06-13;LBY;0911111112 ¦ عزت|علي|صالح|الزوي;M;2005-06-13;LBY;0911111112
            twins Amina and Amira, two names one letter apart ¦ Amina|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Amira|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins أمينة and أميرة ¦ أمينة|عمر|سالم|الزوي;F;2005-02-02;LBY;0911111112 ¦ أميرة|عمر|سالم|الزوي;F;2005-02-02;LBY;0911111112
            twins Fatima and Fatiha ¦ Fatima|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Fatiha|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Sami and Samir ¦ Sami|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Samir|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Yasser and Nasser ¦ Yasser|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Nasser|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Imad and Iyad ¦ Imad|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Iyad|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Bilal and Hilal ¦ Bilal|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112 ¦ Hilal|Omar|Salem|Zawi;M;2005-02-02;LBY;0911111112
            twins Maya and Mayar ¦ Maya|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Mayar|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Hala and Hana ¦ Hala|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Hana|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            twins Lina and Rina ¦ Lina|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112 ¦ Rina|Omar|Salem|Zawi;F;2005-02-02;LBY;0911111112
            namesakes of one age with two offices' refugee cards of one serial ¦ Hagos|||Tekle;M;~30@2025-01-01;ERI;;asylum_or_refugee_card:480-23C51472:LBY;LY021104 ¦ Hagos|||Tekle;M;~31@2025-06-01;ERI;;asylum_or_refugee_card:199-23C51472:LBY;LY010304
            twins Nazim and Nasim ¦ Nazim|Ali||Moussawi;M;1990-05-05;IRQ ¦ Nasim|Ali||Moussawi;M;1990-05-05;IRQ
            twin sisters Kaltouma and أم كلثوم, two names ¦ Kaltouma|Omar||Ahmed;F;1980-04-04;TCD;0911111112 ¦ أم كلثوم|عمر||أحمد;F;1980-04-04;TCD;0911111112
            twins Chukwuemeka and Chukwuma, whose names share only the name of God ¦ Chukwuemeka|||Nwosu;M;2005-02-02;NGA;0911111112 ¦ Chukwuma|||Nwosu;M;2005-02-02;NGA;0911111112
            twins Hassan and Hassanein ¦ Hassan|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Hassanein|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins حسن and حسنين ¦ حسن|علي|عمر|المصراتي;M;2005-06-06;LBY;0913334466 ¦ حسنين|علي|عمر|المصراتي;M;2005-06-06;LBY;0913334466
            twins Rashid and Rashad ¦ Rashid|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Rashad|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Jamal and Jamil ¦ Jamal|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Jamil|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Kamal and Kamil ¦ Kamal|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Kamil|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Yassine and Yasser ¦ Yassine|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Yasser|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Saber and Saker ¦ Saber|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Saker|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Naji and Najib ¦ Naji|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Najib|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Fadl and Fadel ¦ Fadl|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Fadel|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Mona and Monia ¦ Mona|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Monia|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Rahma and Rahima ¦ Rahma|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Rahima|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Latifa and Lotfia ¦ Latifa|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Lotfia|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Amer and Ammar ¦ Amer|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Ammar|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Basem and Basel ¦ Basem|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Basel|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Bashir and Bashar ¦ Bashir|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Bashar|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Hasan and Hosni ¦ Hasan|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Hosni|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Hamdan and Hamdi ¦ Hamdan|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Hamdi|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Maha and Maya ¦ Maha|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Maya|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Dalia and Dalal ¦ Dalia|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Dalal|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Basma and Basima ¦ Basma|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Basima|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Nawal and Nawar ¦ Nawal|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Nawar|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Moez and Moaz ¦ Moez|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Moaz|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Wajdi and Majdi ¦ Wajdi|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Majdi|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            twins Saad and Saadi ¦ Saad|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466 ¦ Saadi|Ali|Omar|Misrati;M;2005-06-06;LBY;0913334466
            Hausa twin sisters Hassana and Hussaina ¦ Hassana|||Bello;F;2012-03-03;NGA;0913334467 ¦ Hussaina|||Bello;F;2012-03-03;NGA;0913334467
            twins Hanane and Hanaa ¦ Hanane|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Hanaa|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Nadia and Nadine ¦ Nadia|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Nadine|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Aya and Ayat ¦ Aya|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Ayat|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Lina and Lana ¦ Lina|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Lana|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Jamila and Kamila ¦ Jamila|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Kamila|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Ghada and Ghadir ¦ Ghada|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466 ¦ Ghadir|Ali|Omar|Misrati;F;2005-06-06;LBY;0913334466
            twins Mutaz and Muaz ¦ Mutaz|Adam||;M;2000-02-02;SDN ¦ Muaz|Adam||;M;2000-02-02;SDN
            twins Souad and Saida ¦ Souad|Mohamed||Menfi;F;2000-02-02;LBY ¦ Saida|Mohamed||Menfi;F;2000-02-02;LBY
            a given name alone on a family's phone, against the father of another age ¦ Adam|||;M;~25@2025-01-01;SDN;0913334455 ¦ Adam|Musa|Ishag|;M;~52@2025-06-01;SDN;0913334455
            a given name alone on a family's phone, against a brother of that age ¦ Adam|||;M;~25@2025-01-01;SDN;0913334455 ¦ Yacoub|Musa|Ishag|;M;~25@2025-06-01;SDN;0913334455
            a given name alone on a family's phone, no age, against a brother ¦ Adam|||;M;;SDN;0913334455 ¦ Yacoub|Musa|Ishag|;M;~25@2025-06-01;SDN;0913334455
            a given name alone on a family's phone, no age, against a sister of that name's feminine form ¦ Salem|||;M;;LBY;0913334455 ¦ Salma|Ali|Omar|Zawi;F;1999-03-03;LBY;0913334455
            a given name alone on a borrowed phone, no age, against a man of that name of another country ¦ Adam|||;M;;TCD;0913334455 ¦ Adam|Musa|Ishag|;M;~25@2025-06-01;SDN;0913334455
            twins Mohammad Ali and Mohammadreza, the one's compound joined, the other's spaced ¦ Mohammadreza|||Ahmadi;M;1990-01-21;AFG ¦ Mohammad Ali|||Ahmadi;M;1990-01-21;AFG
            Guinean twins Aliou and Saliou (Ali, Salih): Saliou is no Aliou with a letter more ¦ Aliou|Mamadou||Diallo;M;2004-12-02;GIN;+224621000000 ¦ Saliou|Mamadou||Diallo;M;2004-12-02;GIN;+224621000000
            Guinean brothers Mamadou Aliou and Mamadou Saliou, estimated ages, one phone ¦ Mamadou Aliou|||Diallo;M;~20@2025-01-01;GIN;+224621000000 ¦ Mamadou Saliou|||Diallo;M;~22@2025-01-01;GIN;+224621000000
            twins Alhassane and Alhousseine (Hassan and Hussein, as West African twins are named) ¦ Alhassane|||Barry;M;2004-12-02;GIN;+224621000000 ¦ Alhousseine|||Barry;M;2004-12-02;GIN;+224621000000
            Cameroonian brothers Jean-Pierre and Jean-Paul, one phone ¦ Jean-Pierre|||Mbarga;M;1990-01-30;CMR;+237699123456 ¦ Jean-Paul|||Mbarga;M;1993-04-04;CMR;+237699123456
            Somali twins Xasan and Xuseen ¦ Xasan|Maxamed|Cali|;M;2004-04-04;SOM;+252611234567 ¦ Xuseen|Maxamed|Cali|;M;2004-04-04;SOM;+252611234567
            Somali brothers Cabdiraxmaan and Cabdiraxiim, one phone ¦ Cabdiraxmaan|Maxamed|Cali|;M;1992-03-01;SOM;+252615550101 ¦ Cabdiraxiim|Maxamed|Cali|;M;1995-07-09;SOM;+252615550101
            Guinean twins Hassanatou and Housseinatou, one phone ¦ Hassanatou|||Bah;F;2003-05-05;GIN;+224620000001 ¦ Housseinatou|||Bah;F;2003-05-05;GIN;+224620000001
            brothers Abdallah and Abdelilah on one phone ¦ Abdallah|Mohamed|Ali|Tarhouni;M;1990-01-10;LBY;0912223344 ¦ Abdelilah|Mohamed|Ali|Tarhouni;M;1992-03-10;LBY;0912223344
            a Chadian and a namesake of another family read family name first, born on other days ¦ Aboubakar|Ahmat|Idriss|;M;2003-01-01;TCD ¦ Ahmed|Moussa|Idriss|Abakar;M;2001-12-23;TCD
            Chadian twins Hassane and Hisseine (Hassan and Hussein) ¦ Hassane|Mahamat||Abdoulaye;M;2012-02-02;TCD ¦ Hisseine|Mahamat||Abdoulaye;M;2012-02-02;TCD
            Libyan twin sisters Fathia and Fawzia, two names a letter apart in skeleton ¦ Fathia|Masoud|Saleh|Shibani;F;1975-05-05;LBY ¦ Fawzia|Masoud|Saleh|Shibani;F;1975-05-05;LBY
            Hausa twin sisters Husseina and Hassana, as twins are named ¦ Husseina|Musa||Bello;F;2003-09-09;NGA;0914447788 ¦ Hassana|Musa||Bello;F;2003-09-09;NGA;0914447788
            twin sisters Hasnaa and Husna across scripts, one phone: حسناء and حسنى are two names of one skeleton ¦ حسناء|عمر|سالم|الورفلي;F;2006-08-14;LBY;0945557788 ¦ Husna|Omar|Salem|Warfalli;F;2006-08-14;LBY;0945557788
            a Chadian and a Sudanese of one name and a 1 January year, each with his own country's passport ¦ Haroun|Abakar|Brahim|;M;1991-01-01;TCD;;passport:O0398812:TCD ¦ Haroun|Abakar|Ibrahim|;M;1991-01-01;SDN;;passport:P03398120:SDN
            cousins whose fathers' compound names share Mohamed and differ in the other word ¦ أحمد|محمد علي|سالم|الترهوني;M;~30@2025-02-01;LBY ¦ أحمد|محمد صالح|سالم|الترهوني;M;~31@2025-05-01;LBY
            two Pakistanis of one name whose fathers are Ghulam Muhammad and Muhammad Aslam ¦ Muhammad Tariq|Ghulam Muhammad||Malik;M;1985-01-01;PAK ¦ Muhammad Tariq|Muhammad Aslam||Malik;M;1986-01-01;PAK
            Algerian brothers Djamel and Kamel (Jamal and Kamal), one phone ¦ Djamel|Ahmed||Saadi;M;1985-05-05;DZA;0913337744;;LY021104 ¦ Kamel|Ahmed||Saadi;M;1987-09-09;DZA;0913337744;;LY021104
            Ethiopian brothers Abebe and Abebaw, one phone ¦ Abebe|Girma||;M;1990-01-20;ETH;0914440099;;LY010304 ¦ Abebaw|Girma||;M;1991-08-08;ETH;0914440099;;LY010304
            sisters Salma and Salima: a long vowel read by ear still tells two names ¦ سالمة|مفتاح|علي|;F;1980-02-02;LBY;0917772233 ¦ سليمة|مفتاح|علي|;F;1983-07-07;LBY;0917772233
            twin sisters Malak and Malek, one phone ¦ ملاك|أسامة|علي|;F;2016-04-04;LBY;0917772233 ¦ ملك|أسامة|علي|;F;2016-04-04;LBY;0917772233
            Somali brothers Cabdi and Cali written in Somali orthography, one phone ¦ Cabdi|Xasan|Maxamed|;M;1996-01-01;SOM;+252 61 555 0101 ¦ Cali|Xasan|Maxamed|;M;1999-01-01;SOM;+252 61 555 0101
            Eritrean brothers Merhawi and Mehari on one phone, born three years apart ¦ Merhawi|Tesfay|Gebru|;M;1997-06-12;ERI;0913304471;;LY021104 ¦ Mehari|Tesfay|Gebru|;M;2000-03-02;ERI;0913304471;;LY021104
            twin sisters آمنة and أمينة, one phone: Latin spells both Amina, Arabic two names ¦ آمنة|مسعود|علي|السليماني;F;2015-09-30;LBY;0926618300;;LY031901 ¦ أمينة|مسعود|علي|السليماني;F;2015-09-30;LBY;0926618300;;LY031901
            twin brothers سالم and سليم, one phone ¦ سالم|عمر|محمد|الفيتوري;M;2012-12-12;LBY;0917001122;;LY021104 ¦ سليم|عمر|محمد|الفيتوري;M;2012-12-12;LBY;0917001122;;LY021104
            brothers صالح and صلاح on one phone, born apart ¦ صالح|مفتاح|علي|التاورغي;M;1999-09-09;LBY;0925516200;;LY021102 ¦ صلاح|مفتاح|علي|التاورغي;M;2002-04-04;LBY;0925516200;;LY021102
            brothers Sujon and Sumon, ages estimated on one day, one phone ¦ Md Sujon|||Mia;M;~22@2024-02-02;BGD;0945517700;;LY021104 ¦ Md Sumon|||Mia;M;~24@2024-02-02;BGD;0945517700;;LY021104
            Eritrean brothers Merhawi and Mehari, ages estimated on one day, one phone ¦ Merhawi|Tekle||Berhe;M;~24@2024-03-26;ERI;0944429900;;LY010701 ¦ Mehari|Tekle||Berhe;M;~21@2024-03-26;ERI;0944429900;;LY010701
            brothers Abdelaziz and Abdelrahim on one phone, whom Abdo does not join ¦ Abdelaziz|Hussein||Ahmed;M;1990-02-02;SDN;0912263300;;LY010701 ¦ Abdelrahim|Hussein||Ahmed;M;1993-06-06;SDN;0912263300;;LY010701
            sisters نادية and ناجية on one phone, born a year and a half apart ¦ نادية|سالم|حمد|الحاسي;F;1987-06-30;LBY;0924413350;;LY010504 ¦ ناجية|سالم|حمد|الحاسي;F;1989-01-14;LBY;0924413350;;LY010504
            brothers Sajid and Sajjad on one phone, born a year and a half apart ¦ SAJID|HUSSAIN||SHAH;M;1992-10-01;PAK;0925516630;;LY021502 ¦ SAJJAD|HUSSAIN||SHAH;M;1994-02-18;PAK;0925516630;;LY021502
            brothers Tesfay and Tesfamariam on one phone, born two years apart ¦ Tesfay|Haile||;M;1995-03-03;ERI;0915520011;;LY021104 ¦ Tesfamariam|Haile||;M;1997-07-19;ERI;0915520011;;LY021104
            brothers Tesfay and Tesfamariam on one phone, of ages guessed three years apart ¦ Tesfay|Haile||;M;~27@2024-03-03;ERI;0915520011;;LY021104 ¦ Tesfamariam|Haile||;M;~24@2024-07-19;ERI;0915520011;;LY021104
            namesakes in two baladiyas, each with a Nigerien line of his own ¦ أمادو|||غاربا;M;~30@2024-03-11;NER;+227 90 55 21 17;;LY031901 ¦ AMADOU|||GARBA;M;1994-05-05;NER;+227 96 12 34 56;passport:10PC44120:NER;LY021104
            sisters Fatma and Fatima on one phone, born two and a half years apart ¦ Fatma|Salem|Omar|Ghariani;F;1996-02-10;LBY;0913345566;;LY021104 ¦ Fatima|Salem|Omar|Ghariani;F;1998-09-01;LBY;0913345566;;LY021104
            two men of one four-word chain in one town, each with his own national number ¦ Ramadan|Khalifa|Ali|Elferjani;M;1970-05-05;LBY;0917702318;national_id:119700505217:LBY;LY021404 ¦ رمضان|خليفة|علي|الفرجاني;M;1972-12-09;LBY;0945503371;national_id:119721209334:LBY;LY021404
            brothers Islam and Eslam, the one name written two ways, born five years apart ¦ Islam|Gamal|Abdallah|Eldeeb;M;1998-02-17;EGY;+20 10 1457 7722;;LY010403 ¦ Eslam|Gamal|Abdallah|Eldeeb;M;2003-08-30;EGY;+20 10 1457 7722;;LY010403
            two men whose grandfathers are Abdelaal and Abdelsalam, each with his own phone ¦ Islam|Hamdy|Abdelaal|;M;~27@2024-03-01;EGY;;;LY010403 ¦ Islam|Hamdy|Abdelsalam|;M;~29@2024-09-09;EGY;0947728813;;LY010403
            twin sisters Rawan and ريان (Rayan) on one phone ¦ Rawan|Elsadig|Awad Elkarim|;F;2012-05-19;SDN;0916630274;;LY021104 ¦ ريان|الصادق|عوض الكريم|;F;2012-05-19;SDN;0916630274;;LY021104
            twin sisters Hassanatou and Housseynatou on one phone ¦ Hassanatou|Mamadou Saliou||DIALLO;F;2009-04-12;GIN;0913317741;;LY021104 ¦ Housseynatou|Mamadou Saliou||DIALLO;F;2009-04-12;GIN;0913317741;;LY021104
            brothers Tesfay and تسفاماريام, names of one start, on one phone, born years apart ¦ Tesfay|Gebre||;M;1996-05-02;ERI;0913340086;;LY021104 ¦ تسفاماريام|قبري||;M;~24@2024-05-02;ERI;0913340086;;LY021104
            a mother and the daughter who bears her name second, on one phone ¦ Gladys|||Omoregie;F;~45@2023-09-02;NGA;0912204471;;LY021401 ¦ Ese|Gladys||Omoregie;F;2004-03-11;NGA;0912204471;;LY021401
            an uncle and the nephew named after him, ages guessed on one day ¦ عمر|سعد||العبيدي;M;~17@2024-06-01;LBY;;;LY010304 ¦ عمر|صالح|سعد|العبيدي;M;~11@2024-06-01;LBY;;;LY010304
            cousins named after their grandfather Ishag, their fathers Adam and Musa ¦ Ishag|Adam|Ishag|Haroun;M;~27@2024-02-09;SDN;0947720318;;LY010304 ¦ Ishag|Musa|Ishag|Haroun;M;~26@2024-02-09;SDN;0913308412;;LY010304
            cousins named after their grandfather Yahia on the family's phone, their fathers Adam and Mohamed ¦ Yahia|Adam|Yahia|Abakar;M;~6@2024-03-02;SDN;0923380471;;LY010701 ¦ Yahia|Mohamed|Yahia|Abakar;M;~7@2024-03-02;SDN;0923380471;;LY010701
            room-mates Shafiqul and Rafiqul Islam on one phone, one 1 January, two passports ¦ Md Shafiqul|||Islam;M;1989-01-01;BGD;0913327754;passport:EB0412238:BGD;LY010304 ¦ Md Rafiqul|||Islam;M;1989-01-01;BGD;0913327754;passport:EB0398871:BGD;LY010304
            twin brothers عمر and عمرو, Omar and Amr, on one phone ¦ عمر|خالد|سالم|المصراتي;M;2010-02-14;LBY;0913372210;;LY021401 ¦ عمرو|خالد|سالم|المصراتي;M;2010-02-14;LBY;0913372210;;LY021401
            """)
    void relativesAndNamesakesAreNotLikely(String what, String a, String b) {
        Comparison c = compare(a, b);
        assertThat(c.likely()).as(what + " " + c).isFalse();
        // nor as the only bearers of their names, no baladiya known: a register of a few persons, or an import
        Comparison alone = ENGINE.compare(profile(b, null), profile(a, null), 1, 1);
        assertThat(alone.likely()).as(what + ", the only bearers " + alone).isFalse();
        assertThat(ENGINE.compare(profile(a, null), profile(b, null), 1, 1).likely())
                .as(what + ", the only bearers, the other way")
                .isFalse();
    }

    static Profile profile(String person, String baladiya) {
        MatchInput in = People.parse(person);
        return ENGINE.profile(new MatchInput(
                in.given(),
                in.father(),
                in.grandfather(),
                in.family(),
                in.sex(),
                in.dateOfBirth(),
                in.estimatedAge(),
                in.ageEstimatedOn(),
                in.nationality(),
                in.phones(),
                in.documents(),
                baladiya));
    }

    @Test
    void namesManyPeopleBearSayLessThanRareOnes() {
        Profile first = profile("Abdelmoneim|Elfatih|Babiker|Gasim;M;~40@2025-06-01;SDN", null);
        Profile second = profile("Abdelmonem|Elfateh|Babikir|Gasim;M;~41@2026-01-01;SDN", null);

        assertThat(ENGINE.compare(second, first, 1, 1).likely())
                .as("the only bearer")
                .isTrue();
        Comparison amongMany = ENGINE.compare(second, first, 200, 200);
        assertThat(amongMany.likely()).as("one of 200 namesakes").isFalse();
        assertThat(amongMany.score())
                .isLessThan(ENGINE.compare(second, first, 1, 1).score());

        Profile withPassport =
                profile("Abdelmonem|Elfateh|Babikir|Gasim;M;~41@2026-01-01;SDN;;passport:P01234567:SDN", null);
        Profile samePassport =
                profile("Abdelmoneim|Elfatih|Babiker|Gasim;M;~40@2025-06-01;SDN;;passport:P0123 4567:SDN", null);
        assertThat(ENGINE.compare(withPassport, samePassport, 200, 200).likely())
                .as("a shared document is not a namesake's")
                .isTrue();
    }

    /**
     * Names and a rough age alone, no one else stored bearing them: found by the names' own keys (no phone, document or
     * day of birth to share one) and likely, in one baladiya or in two (people move: met by outreach in one, rescued
     * or treated in another).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            Lamine as a Libyan clerk hears it ¦ لامين|||درامي;M;~24@2023-07-01;GMB;;;LY021503 ¦ Lamin|||Drammeh;M;1999-01-01;GMB;;;LY021503
            Hadiza, the Hausa Khadija, as a clerk hears it ¦ هديزة|||بيلو;F;~31@2024-05-05;NGA;;;LY031901 ¦ Hadiza|||Bello;F;1993-01-01;NGA;;;LY031901
            Aissatou as a clerk hears it ¦ عيساتو|||سار;F;~23@2024-09-01;SEN;;;LY021104 ¦ Aissatou|||Sarr;F;2001-01-01;SEN;;;LY021104
            Bouba, Boubacar's short form ¦ Boubacar|||Traoré;M;~37@2024-06-06;MLI;;;LY032202 ¦ Bouba|||Traore;M;1987-01-01;MLI;;;LY032202
            Fatoumata as a clerk hears it ¦ فاطوماتا|||تراوري;F;~27@2024-03-01;MLI;;;LY021104 ¦ Fatoumata|||Traoré;F;1997-01-01;MLI;;;LY021104
            Aya with a last alef ¦ آيا|||كونان;F;~25@2024-02-02;CIV;;;LY021104 ¦ Aya|||Konan;F;1999-01-01;CIV;;;LY021104
            Issoufou as a clerk hears it ¦ إيسوفو|||هاما;M;~30@2024-01-01;NER;;;LY031901 ¦ Issoufou|||Hama;M;1994-01-01;NER;;;LY031901
            Hodan, whose coarse code is Hassan's but who is no Hassan ¦ هودان|محمد||;F;~30@2024-06-01;SOM;;;LY021102 ¦ Hodan|Mohamed||;F;1994-01-01;SOM;;;LY021102
            met in Azzawya, then in Surman, the father's name given once ¦ Chinedu|Ikenna||Okonkwo;M;~17@2024-04-01;NGA;;;LY021301 ¦ تشينيدو|||أوكونكوو;M;~18@2025-02-01;NGA;;;LY021302
            rescued off Sabratha, then seen at a clinic in Tripoli ¦ Senait|Gebremariam||;F;~26@2024-07-01;ERI;;;LY021503 ¦ سنايت|قبرمريم||;F;~27@2025-06-15;ERI;;;LY021104
            met by outreach in Zliten, then in Benghazi, a phone given there ¦ Ngozi|||Eze;F;~30@2024-01-15;NGA;;;LY021402 ¦ Ngozi|||Eze;F;1994-01-01;NGA;0913334455;;LY010304
            met in Kufra, then in Ejdabia ¦ Abebe|Kebede||;M;~35@2023-11-01;ETH;;;LY010701 ¦ أبيبي|كيبيدي||;M;~36@2024-10-01;ETH;;;LY010504
            very common names no one else stored bears, one baladiya ¦ محمد|عثمان||;M;~40@2024-05-01;SDN;;;LY010701 ¦ Mohamed|Osman||;M;1984-01-01;SDN;;;LY010701
            Zenaba, the Chadian Zeinab, no one else stored so named ¦ Zenaba|Abakar||;F;~28@2024-04-01;TCD;;;LY031901 ¦ زينب|أبكر||;F;1996-01-01;TCD;;;LY031901
            Kedija, the Ethiopian Khadija, no one else stored so named ¦ خديجة|محمد||;F;~30@2024-08-01;ETH;;;LY021104 ¦ Kedija|Mohammed||;F;1994-01-01;ETH;;;LY021104
            three very common names, met in Kufra, then in Ejdabia ¦ Hawa|Mahamat|Issa|;F;~33@2024-01-10;TCD;;;LY010701 ¦ حواء|محمد|عيسى|;F;1991-01-01;TCD;;;LY010504
            three very common names, met in Kufra, then in Tripoli ¦ Adoum|Mahamat|Saleh|;M;~22@2024-02-01;TCD;;;LY010701 ¦ آدم|محمد|صالح|;M;~23@2024-12-01;TCD;;;LY021104
            three very common names, met in Ejdabia, then in Benghazi ¦ Fatima|Abdalla|Yousif|;F;~50@2024-03-03;SDN;;;LY010504 ¦ Fatma|Abdallah|Yusuf|;F;~50@2024-09-09;SDN;;;LY010304
            Aminata as a clerk hears it, اميناتا ¦ اميناتا|||كونى;F;~26@2025-06-12;CIV;;;LY021301 ¦ Aminata|||Koné;F;1999-04-04;CIV;;;LY021104
            Ebrima as a clerk hears it, ابريما ¦ ابريما|||داربو;M;~24@2023-12-28;GMB;;;LY021606 ¦ Ebrima|||Darboe;M;1999-07-13;GMB;;;LY021104
            Issaka as a clerk hears it, إساكا ¦ محمدو|||إساكا;M;~29@2024-06-06;NER;;;LY031901 ¦ Mahamadou|||Issaka;M;1995-03-01;NER;;;LY021104
            Awa as a clerk hears it, عوا ¦ عوا|||انجاي;F;~20@2023-11-06;SEN;;;LY021104 ¦ Awa|||Ndiaye;F;2003-05-25;SEN;;;LY021104
            Job, the Gambian Diop, and Fatou ¦ Fatou|||Job;F;~28@2025-04-21;GMB;;;LY021104 ¦ Fatoumata|||Jobe;F;1997-10-05;GMB;;;LY021104
            Youssouf as a clerk hears it, يوسوف ¦ يوسف|||ديارا;M;~27@2024-01-22;MLI;;;LY021104 ¦ يوسوف|||ديارة;M;~27@2024-05-30;MLI;;;LY021104
            Madou, Mamadou's short form ¦ Madou|||Dembele;M;~30@2025-03-12;MLI;;;LY021104 ¦ Mamadou|||DEMBÉLÉ;M;1994-07-19;MLI;;;LY021104
            Khadiga, with the g that Sudan and Egypt say for ج ¦ Khadija|Bakhit|Dosa|Arbab;F;1993-06-15;SDN;;;LY010701 ¦ Khadiga|Bakheet|Dousa|;F;~30@2023-09-12;SDN;;;LY010701
            Emma, Emmanuel's everyday name ¦ Emma|||Oghenekaro;M;~29@2023-04-04;NGA;;;LY021104 ¦ Emmanuel|||OGHENEKARO;M;1994-01-28;NGA;;;LY021104
            Fatimata, the Fula Fatima ¦ Fatimata|||Maiga;F;~30@2024-03-01;NER;;;LY031701 ¦ فاطمة|||مايغا;F;~31@2024-09-01;NER;;;LY031701
            عيساتا as a clerk hears Aissata ¦ عيساتا|||ديارا;F;~30@2024-10-28;MLI;;;LY021606 ¦ Aissata|||Diarra;F;1995-05-05;MLI;;;LY021606
            أشتا as a clerk hears Achta ¦ أشتا|||كوسو;F;~29@2024-01-10;TCD;;;LY010701 ¦ Achta|||Kosso;F;~28@2023-06-01;TCD;;;LY010701
            two very common names in one baladiya, no one else bearing them ¦ Fatouma|Mahamat||;F;~19@2024-07-07;TCD;;;LY010701 ¦ Fatime|Mahamat|Adoum|;F;~20@2025-03-20;TCD;;;LY010701
            Amhemed and Emhemmed, Libyan forms of Mohamed ¦ Amhemed|Ali||Alzawi;M;1950-01-01;LBY;;;LY021401 ¦ Emhemmed|Ali|Mohamed|Zawi;M;~74@2024-08-01;LBY;;;LY021401
            Javed, the v Urdu writes و ¦ KASHIF|JAVED||;M;~28@2024-08-28;PAK;;;LY021301 ¦ كاشف|جاويد||;M;~29@2025-06-14;PAK;;;LY021301
            Al joined before a y, Alyafai, and Al-Yafei ¦ Ammar|Saleh||Al-Yafei;M;~37@2024-06-06;YEM;;;LY021104 ¦ Amar|Salih||Alyafai;M;~38@2025-04-04;YEM;;;LY021104
            Ada for Adaeze, cut short, in one baladiya at one age ¦ Adaeze|||Okonkwo;F;1998-03-27;NGA;;;LY021104 ¦ Ada|||Okonkwo;F;~26@2024-10-10;NGA;;;LY021104
            Fanta, the Mande Fatoumata ¦ Fatoumata|||Koné;F;2000-01-30;CIV;;;LY021401 ¦ Fanta|||Kone;F;~24@2024-04-18;CIV;;;LY021401
            فاتو and فاتوماتا as clerks hear Fatou and Fatoumata ¦ فاتو|||نجاي;F;~26@2024-05-05;SEN;;;LY021104 ¦ Fatou|||Ndiaye;F;1998-08-16;SEN;;;LY021104
            آوا as a clerk hears Awa ¦ آوا|||دمبيلي;F;~31@2024-12-01;MLI;;;LY021301 ¦ Awa|||Dembele;F;~31@2025-05-20;MLI;;;LY021301
            Abderaman, as Chad writes it ¦ Abderaman|Hassan||;M;~31@2023-09-18;TCD;;;LY021104 ¦ عبد الرحمن|حسن|ادم|;M;1992-05-05;TCD;;;LY021104
            Jalo heard for Jallow ¦ Lamin|||Jalo;M;~22@2023-07-13;GMB;;;LY021301 ¦ Lamin|||Jallow;M;2001-01-01;GMB;;;LY021301
            Sy, a family name of two letters and no Issa, an age guessed against a passport ¦ Ousmane|||Sy;M;~31@2023-07-02;SEN;;;LY021104 ¦ Ousmane|||Sy;M;1993-01-14;SEN;;passport:A01774510:SEN;LY021104
            Aminat, the Nigerian Amina ¦ Aminat|Ibrahim||Yusuf;F;~34@2024-08-14;NGA;;;LY031901 ¦ أمينة|إبراهيم||;F;~33@2023-12-01;NGA;;;LY031901
            Owusu, no Issa, in two scripts ¦ Abena|||Owusu;F;2003-03-03;GHA;;;LY021104 ¦ أبينا|||أووسو;F;~20@2023-07-28;GHA;;;LY021104
            Fatimatu, the Ghanaian Fatima ¦ Fatimatu|||Alhassan;F;~26@2023-06-19;GHA;;;LY021104 ¦ فاطمة|||الحسن;F;~27@2023-10-01;GHA;;;LY021104
            بكاري as a clerk hears Bakary ¦ Bakary|||Cissé;M;1998-08-18;CIV;;;LY021104 ¦ بكاري|||سيسي;M;~26@2024-09-09;CIV;;;LY021104
            بوكار as a clerk hears Boukar ¦ بوكار|كياري||;M;~15@2023-10-26;NER;;;LY010701 ¦ Boukar|Kiari|Mallam|;M;~16@2024-07-08;NER;0946610394;;LY010701
            Boukar, the Kanuri Abubakar, written بوكر ¦ بوكر|مودو||;M;~24@2024-03-01;NER;;;LY031901 ¦ Boukar|Modu|Kolo|;M;~24@2024-10-09;NER;0927711340;;LY031901
            فاديماتا as a clerk hears Fadimata, walet kept with the father ¦ Fadimata|Walet Mohamed||;F;~37@2024-05-09;NER;;;LY032003 ¦ فاديماتا|ولت محمد|الأنصاري|;F;~38@2025-03-01;NER;;;LY032003
            """)
    void theOnlyBearersOfTheirNamesAreFoundByThemAndLikely(String what, String a, String b) {
        assertThat(keysFound(a, b)).as(what + ": a name key in common").isNotEmpty();
        Comparison ab = ENGINE.compare(ENGINE.profile(People.parse(a)), ENGINE.profile(People.parse(b)), 1, 1);
        Comparison ba = ENGINE.compare(ENGINE.profile(People.parse(b)), ENGINE.profile(People.parse(a)), 1, 1);
        assertThat(ab.likely()).as(what + " " + ab).isTrue();
        assertThat(ba.likely()).as(what + " " + ba).isTrue();
    }

    @Test
    void aNameCutShortWithNothingButTheNamesAndAnAgeIsTheNameOnlyForItsOnlyBearersInOneBaladiya() {
        String clinic = "Osasere|||Igbinedion;F;2000-03-22;NGA";
        String outreach = "Osas|||Igbinedion;F;~24@2024-11-03;NGA";
        Comparison alone = ENGINE.compare(profile(outreach, "LY021401"), profile(clinic, "LY021401"), 1, 1);
        assertThat(alone.likely()).as(alone.toString()).isTrue();
        assertThat(alone.reasons()).extracting(Reason::code).contains("given-name-close");
        Comparison moved = ENGINE.compare(profile(outreach, "LY021104"), profile(clinic, "LY021401"), 1, 1);
        assertThat(moved.likely()).as("in two baladiyas " + moved).isFalse();
        Comparison another = ENGINE.compare(profile(outreach, "LY021401"), profile(clinic, "LY021401"), 2, 2);
        assertThat(another.likely())
                .as("another bearer of the names " + another)
                .isFalse();
        Comparison older = ENGINE.compare(
                profile("Osas|||Igbinedion;F;~27@2024-11-03;NGA", "LY021401"), profile(clinic, "LY021401"), 1, 1);
        assertThat(older.likely()).as("ages years apart " + older).isFalse();
    }

    @Test
    void namesAndARoughAgeTellAPersonOnlyWhenNoOneElseBearsThemAndNothingTellsTwoLivesApart() {
        String outreach = "سهيل|||رانا;M;~29@2025-01-01;BGD";
        String rescued = "Sohel|||Rana;M;1995-09-12;BGD";
        Comparison alone = ENGINE.compare(profile(rescued, null), profile(outreach, "LY021104"), 1, 1);
        assertThat(alone.likely()).as(alone.toString()).isTrue();
        assertThat(alone.reasons()).extracting(Reason::code).contains("names-borne-by-no-other");
        // nor does another baladiya tell two lives apart: people move (met by outreach in one, rescued in another)
        Comparison moved = ENGINE.compare(profile(rescued, "LY021401"), profile(outreach, "LY021104"), 1, 1);
        assertThat(moved.likely()).as(moved.toString()).isTrue();

        // against the outreach record, no other stored person bearing the names unless told
        java.util.function.BiFunction<String, String, Comparison> againstOutreach =
                (other, baladiya) -> ENGINE.compare(profile(other, baladiya), profile(outreach, "LY021104"), 1, 1);
        Map<String, Comparison> notAlone = new LinkedHashMap<>();
        notAlone.put(
                "a namesake of another age",
                ENGINE.compare(profile(rescued, null), profile(outreach, "LY021104"), 1, 2));
        notAlone.put(
                "a namesake of that age", ENGINE.compare(profile(rescued, null), profile(outreach, "LY021104"), 2, 2));
        // the two with fields added to each (phones; documents)
        java.util.function.BiFunction<String, String, Comparison> eachWith =
                (rescuedAdds, outreachAdds) -> ENGINE.compare(
                        profile(rescued + rescuedAdds, null), profile(outreach + outreachAdds, "LY021104"), 1, 1);
        notAlone.put("each their own phone", eachWith.apply(";+8801712345678", ";0912345678"));
        notAlone.put("each their own Libyan line", eachWith.apply(";0923456789", ";0912345678"));
        notAlone.put("each their own Bangladeshi line", eachWith.apply(";+8801712345678", ";+8801812345678"));
        notAlone.put(
                "two passports of Bangladesh", eachWith.apply(";;passport:A01234567:BGD", ";;passport:B07654321:BGD"));
        notAlone.put("one nationality unknown", againstOutreach.apply("Sohel|||Rana;M;1995-09-12", null));
        notAlone.put("ages three years apart", againstOutreach.apply("Sohel|||Rana;M;1992-09-12;BGD", null));
        notAlone.put(
                "two very common names",
                ENGINE.compare(
                        profile("Mohamed|||Ali;M;1995-09-12;SDN", null),
                        profile("محمد|||علي;M;~29@2025-01-01;SDN", "LY021104"),
                        1,
                        1));
        notAlone.forEach((what, c) -> assertThat(c.likely()).as(what + " " + c).isFalse());
    }

    @Test
    void veryCommonNamesAndAnAgeTellAPersonOnlyWhereNoOneElseStoredBearsThem() {
        Profile clinic = profile("Mohamed|Osman||;M;1984-01-01;SDN", "LY010701");
        Profile outreach = profile("محمد|عثمان||;M;~40@2024-05-01;SDN", "LY010701");
        assertThat(ENGINE.compare(clinic, outreach, 1, 1).likely()).isTrue();
        Map<String, Comparison> notAlone = new LinkedHashMap<>();
        notAlone.put("a namesake of that age", ENGINE.compare(clinic, outreach, 2, 2));
        notAlone.put("a namesake of another age", ENGINE.compare(clinic, outreach, 1, 2));
        notAlone.put(
                "registered in another baladiya",
                ENGINE.compare(clinic, profile("محمد|عثمان||;M;~40@2024-05-01;SDN", "LY010504"), 1, 1));
        notAlone.forEach((what, c) -> assertThat(c.likely()).as(what + " " + c).isFalse());

        // three such names in two baladiyas: likely only where no one else stored bears them under any key shared
        Profile kufra = profile("Hawa|Mahamat|Issa|;F;~33@2024-01-10;TCD", "LY010701");
        Profile ejdabia = profile("حواء|محمد|عيسى|;F;1991-01-01;TCD", "LY010504");
        assertThat(ENGINE.compare(ejdabia, kufra, 1, 1).likely()).isTrue();
        Map<String, Comparison> three = new LinkedHashMap<>();
        three.put("a namesake of that age", ENGINE.compare(ejdabia, kufra, 2, 2));
        three.put("a bearer of two of the names", ENGINE.compare(ejdabia, kufra, 1, 2));
        three.put("bearers unknown", ENGINE.compare(ejdabia, kufra, 0, 0));
        three.put(
                "each their own Libyan line",
                ENGINE.compare(
                        profile("حواء|محمد|عيسى|;F;1991-01-01;TCD;0913334455", "LY010504"),
                        profile("Hawa|Mahamat|Issa|;F;~33@2024-01-10;TCD;0925547718", "LY010701"),
                        1,
                        1));
        three.put(
                "each their own phone",
                ENGINE.compare(
                        profile("حواء|محمد|عيسى|;F;1991-01-01;TCD;0913334455", "LY010504"),
                        profile("Hawa|Mahamat|Issa|;F;~33@2024-01-10;TCD;+235 66 21 44 90", "LY010701"),
                        1,
                        1));
        three.put(
                "ages three years apart",
                ENGINE.compare(profile("حواء|محمد|عيسى|;F;1988-01-01;TCD", "LY010504"), kufra, 1, 1));
        three.forEach((what, c) -> assertThat(c.likely()).as(what + " " + c).isFalse());
    }

    @Test
    void veryCommonNamesFewOfTheCohortBearTellAPersonWhereNoOneElseStoredBearsThem() {
        // Held in Gharyan, the names in Arabic and an age guessed through the door; at the return interview in
        // Tripoli, a passport. Abubakar and Ahmed are very common names: among a million, names and an age never tell.
        Profile gharyan = profile("أبوبكر|||حمادو;M;~29@2024-01-09;CMR", "LY021606");
        Profile tripoli = profile("Aboubakar|||Hamadou;M;1994-10-15;CMR;;passport:AA0622419:CMR", "LY021104");
        assertThat(ENGINE.compare(tripoli, gharyan, 1, 1).likely()).isFalse();
        // Forty Cameroonian men registered, the candidate alone bearing either name: these names are rare here.
        WordBearers fewBear = new WordBearers(40, Map.of("abubakar", 1, "ahmed", 1));
        Comparison rare = ENGINE.compare(tripoli, gharyan, 1, 1, fewBear);
        assertThat(rare.likely()).as(rare.toString()).isTrue();
        assertThat(rare.reasons()).extracting(Reason::code).contains("names-borne-by-no-other");

        // a Libyan line given at the detention centre, the Cameroonian one on the return form: a migrant keeps both,
        // so two numbers of two countries tell no two lives apart
        Profile libyanLine = profile("أبوبكر|موسى||حمادو;M;~29@2024-01-09;CMR;0925541177", "LY021606");
        Profile homeLine = profile(
                "Aboubakar|Moussa||Hamadou;M;1994-10-15;CMR;+237 677 12 34 56;passport:AA0622419:CMR", "LY021104");
        WordBearers threeFewBear = new WordBearers(40, Map.of("abubakar", 1, "musa", 1, "ahmed", 1));
        Comparison twoLines = ENGINE.compare(homeLine, libyanLine, 1, 1, threeFewBear);
        assertThat(twoLines.likely()).as(twoLines.toString()).isTrue();
        // nor do two Libyan lines: a new SIM since the detention centre
        Profile newSim =
                profile("Aboubakar|Moussa||Hamadou;M;1994-10-15;CMR;0913342211;passport:AA0622419:CMR", "LY021104");
        Comparison twoLibyanLines = ENGINE.compare(newSim, libyanLine, 1, 1, threeFewBear);
        assertThat(twoLibyanLines.likely()).as(twoLibyanLines.toString()).isTrue();

        // three words, two of them very common, and an age guessed a year and more off: rare names, two years
        Profile afterTheFlood = profile("إبراهيم|علي||الكزة;M;~38@2023-09-14;LBY", "LY010102");
        Profile fullRecord = profile("ابراهيم|علي|سعيد|الكزه;M;1986-04-04;LBY", "LY010304");
        assertThat(ENGINE.compare(fullRecord, afterTheFlood, 1, 1).likely()).isFalse();
        Comparison flood = ENGINE.compare(fullRecord, afterTheFlood, 1, 1, fewOfSixty(fullRecord));
        assertThat(flood.likely()).as(flood.toString()).isTrue();

        // two very common names and a date of birth with day and month swapped, on a Sebha list and a travel
        // certificate in Tripoli: the date tells more than an age does, and rare names more still
        Profile sebha = profile("إبراهيم|||موسى;M;1996-04-11;NGA", "LY031901");
        Profile certificate = profile("Ibrahim|Garba||Musa;M;1996-11-04;NGA;;travel_document:ETC0876:NGA", "LY021104");
        assertThat(ENGINE.compare(certificate, sebha, 1, 1).likely()).isFalse();
        Comparison swapped = ENGINE.compare(certificate, sebha, 1, 1, fewOfSixty(certificate));
        assertThat(swapped.likely()).as(swapped.toString()).isTrue();

        // two guesses at a disembarkation point and a clinic, "31" in May and "29" in August: rare names, three years
        Profile quay = profile("Nafisa|||Abdou;F;~31@2024-05-02;NER", "LY021001");
        Profile clinic = profile("Nafissa|||Abdou;F;~29@2024-08-15;NER;+227 96 41 07 58", "LY021401");
        assertThat(ENGINE.compare(clinic, quay, 1, 1).likely()).isFalse();
        Comparison guesses = ENGINE.compare(clinic, quay, 1, 1, fewOfSixty(clinic));
        assertThat(guesses.likely()).as(guesses.toString()).isTrue();

        // The first two Cameroonian men of a register: how common their names are, two persons cannot show, but few
        // others can bear them; the one registered, met again, is far likelier than a stranger of his names.
        Comparison firstOfTheirKind =
                ENGINE.compare(tripoli, gharyan, 1, 1, new WordBearers(2, Map.of("abubakar", 1, "ahmed", 1)));
        assertThat(firstOfTheirKind.likely()).as(firstOfTheirKind.toString()).isTrue();

        Map<String, Comparison> notRare = new LinkedHashMap<>();
        notRare.put("bearers unknown", ENGINE.compare(tripoli, gharyan, 1, 1, WordBearers.UNKNOWN));
        notRare.put(
                "a cohort of twelve, half of whom bear each name",
                ENGINE.compare(tripoli, gharyan, 1, 1, new WordBearers(12, Map.of("abubakar", 6, "ahmed", 6))));
        notRare.put(
                "each name borne by many of the cohort",
                ENGINE.compare(tripoli, gharyan, 1, 1, new WordBearers(400, Map.of("abubakar", 30, "ahmed", 45))));
        notRare.put(
                "among a million",
                ENGINE.compare(
                        tripoli, gharyan, 1, 1, new WordBearers(40_000, Map.of("abubakar", 2_600, "ahmed", 3_100))));
        notRare.put("a namesake of that age", ENGINE.compare(tripoli, gharyan, 2, 2, fewBear));
        notRare.put(
                "each a Cameroonian line of his own",
                ENGINE.compare(
                        homeLine,
                        profile("أبوبكر|موسى||حمادو;M;~29@2024-01-09;CMR;+237 699 40 22 18", "LY021606"),
                        1,
                        1,
                        threeFewBear));
        notRare.put(
                "ages three years apart",
                ENGINE.compare(tripoli, profile("أبوبكر|||حمادو;M;~26@2024-01-09;CMR", "LY021606"), 1, 1, fewBear));
        notRare.put(
                "ages four years apart",
                ENGINE.compare(tripoli, profile("أبوبكر|||حمادو;M;~25@2024-01-09;CMR", "LY021606"), 1, 1, fewBear));
        notRare.put(
                "two dates of birth two years apart, neither of them a guess",
                ENGINE.compare(tripoli, profile("أبوبكر|||حمادو;M;1992-11-20;CMR", "LY021606"), 1, 1, fewBear));
        notRare.put(
                "another given name",
                ENGINE.compare(
                        profile("Oumarou|||Hamadou;M;1994-10-15;CMR", "LY021104"),
                        gharyan,
                        1,
                        1,
                        new WordBearers(40, Map.of("oumarou", 1, "ahmed", 1))));
        notRare.forEach((what, c) -> assertThat(c.likely()).as(what + " " + c).isFalse());
    }

    @Test
    void twoGuessesOfAnAdultsAgeFourYearsApartStillMeetWhereTheRegisterShowsTheNamesRare() {
        // "about 29" at the detention centre, "about 25" at the community centre four months before
        Profile centre = profile("Boubacar|||TRAORE;M;~25@2026-05-10;MLI", "LY021102");
        Profile detention = profile("بوبكر / Boubacar|||تراوري / Traore;M;~29@2026-09-10;MLI", "LY021401");
        assertThat(ENGINE.compare(detention, centre, 1, 1).likely()).isFalse();
        Comparison rare = ENGINE.compare(detention, centre, 1, 1, fewOfSixty(detention));
        assertThat(rare.likely()).as(rare.toString()).isTrue();

        Map<String, Comparison> notRare = new LinkedHashMap<>();
        notRare.put("a namesake of that age", ENGINE.compare(detention, centre, 2, 2, fewOfSixty(detention)));
        notRare.put(
                "guesses six years apart",
                ENGINE.compare(
                        detention,
                        profile("Boubacar|||TRAORE;M;~23@2026-05-10;MLI", "LY021102"),
                        1,
                        1,
                        fewOfSixty(detention)));
        notRare.put(
                "guessed on one day four years apart",
                ENGINE.compare(
                        profile("Boubacar|||TRAORE;M;~29@2026-05-10;MLI", "LY021102"),
                        centre,
                        1,
                        1,
                        fewOfSixty(detention)));
        notRare.forEach((what, c) -> assertThat(c.likely()).as(what + " " + c).isFalse());
    }

    @Test
    void threeNamesTheRegisterShowsRareMeetWhereOneRecordTellsNoAge() {
        // the displaced man's national number at the municipality, no age asked; his date of birth at the clinic
        Profile municipality = profile("عثمان|سالم||الفيتوري;M;;LBY;;national_id:120205919716:LBY", "LY021104");
        Profile clinic = profile("عثمان|سالم|عبدالله|الفيتوري;M;1987-10-25;LBY", "LY021102");
        assertThat(ENGINE.compare(clinic, municipality, 1, 1).likely()).isFalse();
        Comparison rare = ENGINE.compare(clinic, municipality, 1, 1, fewOfSixty(clinic));
        assertThat(rare.likely()).as(rare.toString()).isTrue();

        Map<String, Comparison> notLikely = new LinkedHashMap<>();
        notLikely.put("a namesake", ENGINE.compare(clinic, municipality, 2, 2, fewOfSixty(clinic)));
        notLikely.put(
                "two words only",
                ENGINE.compare(
                        profile("عثمان|||الفيتوري;M;1987-10-25;LBY", "LY021102"),
                        profile("عثمان|||الفيتوري;M;;LBY", "LY021104"),
                        1,
                        1,
                        fewOfSixty(clinic)));
        notLikely.put(
                "the names in another order",
                ENGINE.compare(clinic, profile("الفيتوري|سالم||عثمان;M;;LBY", "LY021104"), 1, 1, fewOfSixty(clinic)));
        notLikely.forEach((what, c) -> assertThat(c.likely()).as(what + " " + c).isFalse());
    }

    @Test
    void theEthiopianHusenIsHusseinNotHassan() {
        String outreach = "Mohammed|Hussein|Ali|;M;~30@2024-06-06;ETH";
        String clinic = "Mohamed|Husen|Ali|;M;~31@2025-08-08;ETH";
        // three very common names key as a triple: only Husen read as Hussein shares it
        assertThat(keysFound(clinic, outreach)).anyMatch(key -> key.startsWith("n3|"));
        Comparison alone = ENGINE.compare(profile(clinic, "LY010304"), profile(outreach, "LY010701"), 1, 1);
        assertThat(alone.likely()).as(alone.toString()).isTrue();
    }

    /** What the key index tells of a query among 60 of its sex and nationality, each of its words borne by one. */
    private static WordBearers fewOfSixty(Profile query) {
        return query.wordBearers(key -> key.split("\\|").length == 3 ? 60 : 1, false);
    }

    @Test
    void inTwoBaladiyasNamesAndAnAgeStillYieldToWhatTellsTwoLivesApart() {
        String zliten = "Ngozi|||Eze;F;~30@2024-01-15;NGA";
        String benghazi = "Ngozi|||Eze;F;1994-01-01;NGA";
        Comparison alone = ENGINE.compare(profile(benghazi, "LY010304"), profile(zliten, "LY021402"), 1, 1);
        assertThat(alone.likely()).as(alone.toString()).isTrue();

        java.util.function.BiFunction<String, String, Comparison> withFields =
                (benghaziAdds, zlitenAdds) -> ENGINE.compare(
                        profile(benghazi + benghaziAdds, "LY010304"), profile(zliten + zlitenAdds, "LY021402"), 1, 1);
        Map<String, Comparison> apart = new LinkedHashMap<>();
        apart.put(
                "a namesake of that age",
                ENGINE.compare(profile(benghazi, "LY010304"), profile(zliten, "LY021402"), 2, 2));
        apart.put(
                "a namesake of another age",
                ENGINE.compare(profile(benghazi, "LY010304"), profile(zliten, "LY021402"), 1, 2));
        apart.put("each their own phone", withFields.apply(";0913334455", ";0925556677"));
        apart.put("two passports of Nigeria", withFields.apply(";;passport:A01234567:NGA", ";;passport:A07654321:NGA"));
        apart.put(
                "ages three years apart",
                ENGINE.compare(profile("Ngozi|||Eze;F;1991-01-01;NGA", "LY010304"), profile(zliten, "LY021402"), 1, 1));
        apart.put(
                "one nationality unknown",
                ENGINE.compare(profile("Ngozi|||Eze;F;1994-01-01", "LY010304"), profile(zliten, "LY021402"), 1, 1));
        apart.put(
                "two very common names",
                ENGINE.compare(
                        profile("Mohamed|||Ali;M;1994-01-01;SDN", "LY010304"),
                        profile("محمد|||علي;M;~30@2024-01-15;SDN", "LY021402"),
                        1,
                        1));
        apart.put(
                "a given name that differs",
                ENGINE.compare(
                        profile("Nkechi|||Eze;F;1994-01-01;NGA", "LY010304"), profile(zliten, "LY021402"), 1, 1));
        apart.forEach((what, c) -> assertThat(c.likely()).as(what + " " + c).isFalse());
    }

    @Test
    void invisibleCharactersCopiedWithANameAreNoPartOfIt() {
        String[][] pairs = {
            // a byte order mark before a Latin name (it was taken for Arabic script)
            {"\uFEFFMohamed|Ali||Zawi;M;1990-01-21;LBY", "Mohamed|Ali||Zawi;M;1990-01-21;LBY"},
            // a zero-width non-joiner holding a Persian compound together, against it joined, in either script
            {"محمد\u200Cرضا|||احمدی;M;1990-01-21;IRN", "محمدرضا|||احمدي;M;1990-01-21;IRN"},
            {"محمد\u200Cرضا|||احمدی;M;1990-01-21;IRN", "Mohammadreza|||Ahmadi;M;1990-01-21;IRN"},
            // a zero-width space and a soft hyphen inside a word, bidi marks after one
            {"Moha\u200Bmed|Ali||Zawi;M;1990-01-21;LBY", "Mohamed|Ali||Zawi;M;1990-01-21;LBY"},
            {"Abdel\u00ADrahman|Ali||Zawi;M;1990-01-21;LBY", "Abdelrahman|Ali||Zawi;M;1990-01-21;LBY"},
            {"محمد\u061C|علي\u200F||الزاوي;M;1990-01-21;LBY", "محمد|علي||الزاوي;M;1990-01-21;LBY"},
        };
        for (String[] pair : pairs) {
            Comparison c = compare(pair[0], pair[1]);
            assertThat(c.likely()).as(pair[0] + " " + c).isTrue();
            assertThat(c.reasons())
                    .as(pair[0] + " " + c)
                    .filteredOn(r -> r.code().equals("name-words-match"))
                    .singleElement()
                    .satisfies(
                            r -> assertThat(r.args().get(0)).isEqualTo(r.args().get(1)));
        }
    }

    @Test
    void oneUnselectiveKeyAloneIsNotWorthAComparison() {
        assertThat(DuplicateEngine.worthComparing(1, 1))
                .as("one key only they hold")
                .isTrue();
        assertThat(DuplicateEngine.worthComparing(1, DuplicateEngine.SINGLE_KEY_BLOCK_LIMIT))
                .isTrue();
        assertThat(DuplicateEngine.worthComparing(1, DuplicateEngine.SINGLE_KEY_BLOCK_LIMIT + 1))
                .as("one key many hold, nothing else in common")
                .isFalse();
        assertThat(DuplicateEngine.worthComparing(2, 5_000))
                .as("two keys, however common")
                .isTrue();
    }

    @Test
    void theBaladiyaOfRegistrationIsEvidenceAndAReason() {
        String a = "Hawa|Bichara|Ousmane|Abdelrahman;F;~45@2025-06-01;TCD";
        String b = "Hawa|Bichara|Ousmane|Abdelrahman;F;~46@2026-01-01;TCD";
        Comparison same = ENGINE.compare(profile(b, "LY021104"), profile(a, "LY021104"), 1, 1);
        Comparison other = ENGINE.compare(profile(b, "LY021104"), profile(a, "LY020906"), 1, 1);
        Comparison unknown = ENGINE.compare(profile(b, null), profile(a, "LY020906"), 1, 1);

        assertThat(same.reasons()).extracting(Reason::code).contains("same-baladiya");
        assertThat(other.reasons()).extracting(Reason::code).contains("different-baladiya");
        assertThat(unknown.reasons()).extracting(Reason::code).doesNotContain("same-baladiya", "different-baladiya");
        assertThat(same.score()).isGreaterThan(unknown.score());
        assertThat(unknown.score()).isGreaterThan(other.score());
        String stored = profile(a, "LY021104").encode();
        assertThat(Profile.decode(stored).encode()).isEqualTo(stored);
        String beforeTheBaladiya = "m2" + stored.substring(stored.indexOf('\u001F'), stored.lastIndexOf('\u001F'));
        assertThat(Profile.decode(beforeTheBaladiya).encode())
                .isEqualTo(profile(a, null).encode());
    }

    @Test
    void aPersonWhoMovedKeepsTheirPhone() {
        String a = "Hadiza|||Moussa;F;~35@2025-03-06;NER;0920270312";
        String b = "Hadiza|||Moussa;F;~37@2026-02-26;NER;+218 92 027 0312";
        Comparison moved = ENGINE.compare(profile(b, "LY021104"), profile(a, "LY020906"), 1, 1);
        assertThat(moved.likely())
                .as("same names, age and phone, registered elsewhere " + moved)
                .isTrue();
        assertThat(moved.reasons()).extracting(Reason::code).contains("different-baladiya");

        String mother = "Hadiza|||Moussa;F;~35@2025-03-06;NER;0920270312";
        String daughter = "Hadiza|||Moussa;F;~12@2025-03-06;NER;0920270312";
        assertThat(ENGINE.compare(profile(daughter, "LY021104"), profile(mother, "LY020906"), 1, 1)
                        .likely())
                .as("a mother and her daughter named after her, sharing a phone")
                .isFalse();
    }

    @Test
    void theEncodingBeforeTheNewNamesIsStillReadAndNotCurrent() {
        String stored =
                profile("Achta|Hassan||Abakar;F;1992-03-14;TCD", "LY021104").encode();
        assertThat(stored).startsWith("m31\u001F");
        for (String version : List.of(
                "m30", "m29", "m28", "m27", "m26", "m25", "m24", "m23", "m22", "m21", "m20", "m19", "m18", "m17", "m16",
                "m15", "m14", "m13", "m12", "m11", "m10", "m9", "m8", "m7", "m6", "m5", "m4", "m3")) {
            String older = version + stored.substring(stored.indexOf('\u001F'));
            assertThat(Profile.isCurrent(older)).isFalse();
            assertThat(Profile.decode(older).encode()).isEqualTo(stored);
            assertThat(Profile.decode(older).baladiya).isEqualTo("LY021104");
        }
    }

    @Test
    void aStoredProfileIsReadBackAsItWasWritten() {
        // عمرو is read as two names, Amr and the Oumarou of Niger: its second reading has no text of its own
        for (String record : List.of(
                "حميدو|عمرو||;M;~59@2025-01-12;NER",
                "Hamidou|Oumarou||;M;1966-01-01;NER",
                "محمد / Mohamed|عمرو / Amr||;M;1990-02-01;EGY")) {
            Profile written = profile(record, "LY031901");
            assertThat(Profile.decode(written.encode()).parts).as(record).isEqualTo(written.parts);
        }
    }

    @Test
    void decodedProfilesShareTheWordsOfTheirNames() {
        // What lets the key index keep a million stored persons' features: two brothers decoded hold one father's name
        Profile one = Profile.decode(profile("Ibrahim|Moussa|Abakar|Mahamat;M;1990-02-01;TCD", "LY021104")
                .encode());
        Profile other = Profile.decode(profile("Adam|Moussa|Abakar|Mahamat;M;1994-07-11;TCD;0920270312", "LY020906")
                .encode());

        for (int part = 1; part < 4; part++) {
            assertThat(other.parts.get(part)).isSameAs(one.parts.get(part));
            assertThat(other.displayNames().get(part))
                    .isSameAs(one.displayNames().get(part));
        }
        assertThat(other.parts.get(0)).isNotEqualTo(one.parts.get(0));
        assertThat(other.nationality).isSameAs(one.nationality);
        assertThat(other.phones()).containsExactly("218920270312");
        assertThat(one.phones()).isEmpty();
    }
}
