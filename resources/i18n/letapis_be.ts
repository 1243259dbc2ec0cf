<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="722"/>
        <source>Add a charge: type 361-1 or “extremist formation”</source>
        <translation>Дадаць абвінавачванне: увядзіце 361-1 або «экстрэмісцкага фармавання»</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="746"/>
        <source>No article matches “%1”.</source>
        <translation>Ніводны артыкул не адпавядае «%1».</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="63"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="63"/>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="63"/>
        <source>Added</source>
        <translation>Дададзена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="74"/>
        <source>Add a file…</source>
        <translation>Дадаць файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="77"/>
        <source>Save a decrypted copy…</source>
        <translation>Захаваць расшыфраваную копію…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="80"/>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="94"/>
        <source>Attachments</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="108"/>
        <source>Files are stored encrypted inside the vault, at once: they do not wait for the Save button.</source>
        <translation>Файлы адразу захоўваюцца ў сховішчы ў зашыфраваным выглядзе: яны не чакаюць націскання кнопкі «Захаваць».</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="112"/>
        <source>Save the person first; then files can be attached.</source>
        <translation>Спачатку захавайце картку; потым можна будзе далучыць файлы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="172"/>
        <source>Attach a file</source>
        <translation>Далучыць файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="182"/>
        <source>Storing %1…</source>
        <translation>Захаванне %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="192"/>
        <source>Stored encrypted in the vault.</source>
        <translation>Захавана ў сховішчы ў зашыфраваным выглядзе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="204"/>
        <location filename="../../app/ui/editor_attachments.py" line="216"/>
        <source>Save a decrypted copy</source>
        <translation>Захаваць расшыфраваную копію</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="206"/>
        <source>The copy of “%1” will NOT be encrypted. Anyone with access to the place you save it to can read it, and the operating system may index or preview it. Save it only to an encrypted disk and delete it when done.</source>
        <translation>Копія «%1» НЕ будзе зашыфравана. Любы, хто мае доступ да месца, куды вы яе захаваеце, зможа яе прачытаць, а аперацыйная сістэма можа праіндэксаваць яе ці паказаць яе папярэдні прагляд. Захоўвайце яе толькі на зашыфраваным дыску і выдаліце, калі скончыце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="223"/>
        <source>Decrypted copy saved to %1. It is not encrypted.</source>
        <translation>Расшыфраваная копія захавана ў %1. Яна не зашыфравана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="235"/>
        <source>Remove attachment</source>
        <translation>Выдаліць файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="236"/>
        <source>Remove “%1” from this person’s record?</source>
        <translation>Выдаліць «%1» з карткі гэтай асобы?</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="46"/>
        <source>No data</source>
        <translation>Няма звестак</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="187"/>
        <source>Add a case</source>
        <translation>Дадаць справу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="188"/>
        <source>Remove case</source>
        <translation>Выдаліць справу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="197"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="198"/>
        <source>Case number</source>
        <translation>Нумар справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="199"/>
        <source>Opened on</source>
        <translation>Узбуджана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="200"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="201"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="206"/>
        <source>Trial and verdict</source>
        <translation>Суд і прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="216"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="220"/>
        <source>Judge</source>
        <translation>Суддзя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="221"/>
        <source>Verdict on</source>
        <translation>Дата прысуду</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="222"/>
        <source>Tried in absentia</source>
        <translation>Суд завочна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="226"/>
        <source>Special proceedings (against an absent accused)</source>
        <translation>Спецвытворчасць (супраць адсутнага абвінавачанага)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="228"/>
        <source>Closed hearing</source>
        <translation>Закрытае судовае пасяджэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="242"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="243"/>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="254"/>
        <source>Type</source>
        <translation>Від пакарання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="257"/>
        <source>Term</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="258"/>
        <source>Regime</source>
        <translation>Рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="261"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="263"/>
        <source> base amounts</source>
        <translation> базавых велічынь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="266"/>
        <source>Term starts on</source>
        <translation>Пачатак тэрміну</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="269"/>
        <source>Credited custody</source>
        <translation>Залік часу пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="270"/>
        <source> days</source>
        <translation> дзён</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="274"/>
        <source>Extends (Art. 411)</source>
        <translation>Падаўжае (арт. 411)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="282"/>
        <source>The day the term starts running: usually the day of detention, with no credited days; or the day the verdict took force, with the custody credited.</source>
        <translation>Дзень, з якога адлічваецца тэрмін: звычайна дзень затрымання, без заліку дзён; або дзень уступлення прысуду ў законную сілу, з залікам часу пад вартай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="292"/>
        <source>Expected release</source>
        <translation>Чаканае вызваленне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="300"/>
        <source>Sentences</source>
        <translation>Пакаранні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="306"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="308"/>
        <source>Charges</source>
        <translation>Абвінавачванні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="318"/>
        <source>Add a case to record its charges, the trial and the sentence.</source>
        <translation>Дадайце справу, каб запісаць абвінавачванні, суд і пакаранне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="332"/>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="387"/>
        <source>Save the person first to link it.</source>
        <translation>Каб выбраць гэтае пакаранне, спачатку захавайце картку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="436"/>
        <source>Not applicable to a fine</source>
        <translation>Не прымяняецца да штрафу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="438"/>
        <source>Enter the day the term starts to compute it</source>
        <translation>Увядзіце пачатак тэрміну, каб разлічыць дату</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/editor_cases.py" line="446"/>
        <source>(with %n Art. 411 extension(s))</source>
        <translation>
            <numerusform>(з %n падаўжэннем па арт. 411)</numerusform>
            <numerusform>(з %n падаўжэннямі па арт. 411)</numerusform>
            <numerusform>(з %n падаўжэннямі па арт. 411)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="461"/>
        <source>Lengthens an earlier sentence: release moves to %1</source>
        <translation>Падаўжае ранейшае пакаранне: вызваленне пераносіцца на %1</translation>
    </message>
</context>
<context>
    <name>ChargeList</name>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="108"/>
        <source>Remove charge</source>
        <translation>Выдаліць абвінавачванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="149"/>
        <source>%1 is already charged in this case.</source>
        <translation>Абвінавачванне па %1 у гэтай справе ўжо ёсць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="158"/>
        <source>Add charge</source>
        <translation>Дадаць абвінавачванне</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="563"/>
        <source>Unknown: %1</source>
        <translation>Невядома: %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="196"/>
        <source>Create your encrypted vault</source>
        <translation>Стварыце зашыфраванае сховішча</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="202"/>
        <source>Letapis keeps every record encrypted in %1. Choose a long passphrase: a few unrelated words are easier to remember than symbols. Nobody can recover it for you.</source>
        <translation>Letapis захоўвае ўсе запісы ў зашыфраваным выглядзе ў %1. Выберыце доўгую парольную фразу: некалькі не звязаных паміж сабой слоў запомніць лягчэй, чым набор сімвалаў. Ніхто не зможа аднавіць яе за вас.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="218"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="219"/>
        <source>Repeat:</source>
        <translation>Паўтарыце:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="220"/>
        <source>Strength:</source>
        <translation>Надзейнасць:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="228"/>
        <source>too short</source>
        <translation>занадта кароткая</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="229"/>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="230"/>
        <source>fair</source>
        <translation>сярэдняя</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="231"/>
        <source>good</source>
        <translation>добрая</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="232"/>
        <source>strong</source>
        <translation>надзейная</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="237"/>
        <source>At least %1 characters; 16 or more recommended.</source>
        <translation>Не менш за %1 сімвалаў; рэкамендуецца 16 і больш.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="245"/>
        <source>The passphrase is too short.</source>
        <translation>Парольная фраза занадта кароткая.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="248"/>
        <source>The two passphrases differ.</source>
        <translation>Парольныя фразы не супадаюць.</translation>
    </message>
</context>
<context>
    <name>CustodyPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="254"/>
        <source>Detained on</source>
        <translation>Дата затрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="257"/>
        <source>Held in</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="260"/>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="261"/>
        <source>Released on</source>
        <translation>Дата вызвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="264"/>
        <source>Why released</source>
        <translation>Прычына вызвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="267"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="270"/>
        <source>Add a custody period</source>
        <translation>Дадаць перыяд зняволення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="271"/>
        <source>Remove period</source>
        <translation>Выдаліць перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="279"/>
        <source>One row per custody period, from detention to release. Leave “Released on” empty while the person is held; a date known only to the month or year may be typed as 05.2021 or 2021.</source>
        <translation>Адзін радок на кожны перыяд зняволення — ад затрымання да вызвалення. Пакуль чалавек пад вартай, пакіньце «Дата вызвалення» пустой; дату, вядомую толькі з дакладнасцю да месяца ці года, можна ўвесці як 05.2021 або 2021.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="289"/>
        <source>Custody</source>
        <translation>Зняволенне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="297"/>
        <source>Save the person first to link this case.</source>
        <translation>Каб выбраць гэтую справу, спачатку захавайце картку.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="101"/>
        <source>Figures on:</source>
        <translation>Звесткі на:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="105"/>
        <source>political prisoners held</source>
        <translation>палітвязняў за кратамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="106"/>
        <source>of them women</source>
        <translation>з іх жанчын</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="107"/>
        <source>held incommunicado</source>
        <translation>у рэжыме інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="108"/>
        <source>recognised this month</source>
        <translation>прызнаныя ў гэтым месяцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="109"/>
        <source>released this month</source>
        <translation>вызваленыя ў гэтым месяцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="118"/>
        <source>Political prisoners by region</source>
        <translation>Палітвязні па рэгіёнах</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="139"/>
        <source>Unknown region</source>
        <translation>Рэгіён невядомы</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="385"/>
        <source>DD.MM.YYYY</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="389"/>
        <source>Pick from a calendar</source>
        <translation>Выбраць у календары</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="406"/>
        <source>Type the full date: day, month and year.</source>
        <translation>Увядзіце поўную дату: дзень, месяц і год.</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="39"/>
        <source>Female</source>
        <translation>Жаночы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="40"/>
        <source>Male</source>
        <translation>Мужчынскі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="41"/>
        <location filename="../../app/ui/editor_labels.py" line="49"/>
        <location filename="../../app/ui/editor_labels.py" line="76"/>
        <location filename="../../app/ui/editor_labels.py" line="90"/>
        <location filename="../../app/ui/editor_labels.py" line="97"/>
        <location filename="../../app/ui/editor_labels.py" line="105"/>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="42"/>
        <source>Not known</source>
        <translation>Невядома</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="43"/>
        <source>Publish the name</source>
        <translation>Публікаваць імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="44"/>
        <source>Anonymise in publications</source>
        <translation>Ананімізаваць у публікацыях</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="45"/>
        <source>Never publish</source>
        <translation>Ніколі не публікаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="46"/>
        <source>Belarusian</source>
        <translation>Беларускае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="47"/>
        <source>Russian</source>
        <translation>Рускае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="48"/>
        <source>Latin</source>
        <translation>Лацінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="50"/>
        <source>Journalist</source>
        <translation>Журналіст</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="51"/>
        <source>Human-rights defender</source>
        <translation>Праваабаронца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="52"/>
        <source>Lawyer</source>
        <translation>Адвакат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="53"/>
        <source>Student</source>
        <translation>Студэнт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="54"/>
        <source>Pensioner</source>
        <translation>Пенсіянер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="55"/>
        <source>Person with a disability</source>
        <translation>Чалавек з інваліднасцю</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="56"/>
        <source>Parent of many children</source>
        <translation>Бацька / маці шматдзетнай сям&apos;і</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="57"/>
        <source>Politician</source>
        <translation>Палітык</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="58"/>
        <source>Activist</source>
        <translation>Актывіст</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="59"/>
        <source>Cultural figure</source>
        <translation>Дзеяч культуры</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="60"/>
        <source>Religious figure</source>
        <translation>Рэлігійны дзеяч</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="61"/>
        <source>Spouse</source>
        <translation>Муж / жонка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="62"/>
        <source>Parent</source>
        <translation>Бацька / маці</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="63"/>
        <source>Child</source>
        <translation>Сын / дачка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="64"/>
        <source>Sibling</source>
        <translation>Брат / сястра</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="65"/>
        <source>Other relative</source>
        <translation>Іншы сваяк</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="66"/>
        <source>Search</source>
        <translation>Ператрус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="67"/>
        <source>Administrative detention</source>
        <translation>Адміністрацыйнае затрыманне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="68"/>
        <source>Criminal detention</source>
        <translation>Затрыманне па крымінальнай справе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="69"/>
        <source>Interrogation</source>
        <translation>Допыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="70"/>
        <source>Ill-treatment or torture</source>
        <translation>Жорсткае абыходжанне або катаванні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="71"/>
        <source>Pressure on relatives</source>
        <translation>Ціск на сваякоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="72"/>
        <source>Dismissal</source>
        <translation>Звальненне з працы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="73"/>
        <source>Forced exile</source>
        <translation>Вымушаная эміграцыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="74"/>
        <source>Property seizure</source>
        <translation>Арышт маёмасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="75"/>
        <source>Exit ban</source>
        <translation>Забарона на выезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="77"/>
        <source>Criminal</source>
        <translation>Крымінальная</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="78"/>
        <source>Administrative</source>
        <translation>Адміністрацыйная</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="79"/>
        <source>Under investigation</source>
        <translation>Ідзе следства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="80"/>
        <source>In court</source>
        <translation>У судзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="81"/>
        <source>Convicted</source>
        <translation>Абвінаваўчы прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="82"/>
        <location filename="../../app/ui/editor_labels.py" line="94"/>
        <source>Acquitted</source>
        <translation>Апраўдальны прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="83"/>
        <source>Closed</source>
        <translation>Спынена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="84"/>
        <source>Suspended</source>
        <translation>Прыпынена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="85"/>
        <source>Temporary detention centre</source>
        <translation>Ізалятар часовага ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="86"/>
        <source>Pre-trial centre (SIZO)</source>
        <translation>Следчы ізалятар (СІЗА)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="87"/>
        <source>Colony</source>
        <translation>Калонія</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="88"/>
        <location filename="../../app/ui/editor_labels.py" line="109"/>
        <source>Prison</source>
        <translation>Турма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="89"/>
        <source>Open-type facility</source>
        <translation>Установа адкрытага тыпу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="91"/>
        <source>Served the term</source>
        <translation>Тэрмін адбыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="92"/>
        <source>Pardoned</source>
        <translation>Памілаванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="93"/>
        <source>Exchanged / deported</source>
        <translation>Абмен / дэпартацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="95"/>
        <source>Preventive measure changed</source>
        <translation>Змена меры стрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="96"/>
        <source>Died in custody</source>
        <translation>Смерць пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="98"/>
        <source>Imprisonment</source>
        <translation>Пазбаўленне волі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="99"/>
        <source>Restricted freedom (open facility)</source>
        <translation>Абмежаванне волі (з накіраваннем)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="100"/>
        <source>Restricted freedom (at home)</source>
        <translation>Абмежаванне волі (без накіравання)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="101"/>
        <source>Home confinement</source>
        <translation>Хатні арышт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="102"/>
        <source>Arrest</source>
        <translation>Арышт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="103"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="104"/>
        <source>Correctional labour</source>
        <translation>Папраўчыя работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="106"/>
        <source>General regime</source>
        <translation>Агульны рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="107"/>
        <source>Strict regime</source>
        <translation>Узмоцнены рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="108"/>
        <source>Special regime</source>
        <translation>Асаблівы рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="110"/>
        <source>No regime</source>
        <translation>Без рэжыму</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="111"/>
        <source>Political prisoner</source>
        <translation>Палітвязень</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="112"/>
        <source>Incommunicado</source>
        <translation>Інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="113"/>
        <source>Punishment cell (SHIZO)</source>
        <translation>У ШІЗА</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="114"/>
        <source>Cell-type premises (PKT)</source>
        <translation>У ПКТ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="115"/>
        <source>Transferred to prison regime</source>
        <translation>Перавод у турму</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="116"/>
        <source>On the “extremist” list</source>
        <translation>У спісе «экстрэмістаў»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="117"/>
        <source>On the “terrorist” list</source>
        <translation>У спісе «тэрарыстаў»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="118"/>
        <source>Serious illness</source>
        <translation>Цяжкае захворванне</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="548"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="549"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="550"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="551"/>
        <source>Description</source>
        <translation>Апісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="554"/>
        <source>Add an event</source>
        <translation>Дадаць падзею</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="555"/>
        <source>Remove event</source>
        <translation>Выдаліць падзею</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="563"/>
        <source>Acts of repression against this person (searches, detentions, interrogations, pressure on relatives...). Monthly reports count them.</source>
        <translation>Рэпрэсіі супраць гэтага чалавека (ператрусы, затрыманні, допыты, ціск на сваякоў...). Іх улічваюць штомесячныя справаздачы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="572"/>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>Search names in any script (Ctrl+F)…</source>
        <translation>Пошук па імені ў любым напісанні (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>All regions</source>
        <translation>Усе рэгіёны</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Any gender</source>
        <translation>Любы пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>Women</source>
        <translation>Жанчыны</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>Men</source>
        <translation>Мужчыны</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>Any status</source>
        <translation>Любы статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>Political prisoner</source>
        <translation>Палітвязні</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Incommunicado</source>
        <translation>Інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>In custody</source>
        <translation>Пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>Released</source>
        <translation>Вызваленыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>Status on this date</source>
        <translation>Статус на гэтую дату</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Any category</source>
        <translation>Любая катэгорыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Any court</source>
        <translation>Любы суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Article, e.g. 342 or 361-1</source>
        <translation>Артыкул, напр. 342 або 361-1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Latest event from</source>
        <translation>Апошняя падзея з</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Latest event to</source>
        <translation>Апошняя падзея па</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Clear filters</source>
        <translation>Скінуць фільтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>Edit %1</source>
        <translation>рэдагаванне: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Delete %1</source>
        <translation>выдаленне: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <location filename="../../app/ui/main_window.py" line="565"/>
        <source>Letapis</source>
        <translation>Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>People</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Dashboard</source>
        <translation>Зводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>Reports</source>
        <translation>Справаздачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>Sync</source>
        <translation>Сінхранізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>&amp;New person</source>
        <translation>&amp;Новая картка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>&amp;Back up now</source>
        <translation>Стварыць &amp;рэзервовую копію</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблакаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>&amp;Edit</source>
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359"/>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>&amp;Redo</source>
        <translation>&amp;Вярнуць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366"/>
        <source>&amp;Open person</source>
        <translation>Ад&amp;крыць картку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>&amp;Delete person…</source>
        <translation>Вы&amp;даліць картку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373"/>
        <source>&amp;Copy name</source>
        <translation>&amp;Скапіяваць імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377"/>
        <source>&amp;Find</source>
        <translation>&amp;Знайсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379"/>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Абнавіць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384"/>
        <source>&amp;People</source>
        <translation>&amp;Людзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Зводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <source>Re&amp;ports</source>
        <translation>Спра&amp;ваздачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>&amp;About Letapis</source>
        <translation>&amp;Пра Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="446"/>
        <source>%1 persons match</source>
        <translation>Знойдзена асоб: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="471"/>
        <source>%1 persons · %2 cases · %3 charges</source>
        <translation>Асоб: %1 · спраў: %2 · абвінавачванняў: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="530"/>
        <source>Delete person</source>
        <translation>Выдаліць картку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531"/>
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation>Выдаліць картку %1? Гэта можна адмяніць клавішамі Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="546"/>
        <source>Encrypted backup written: %1</source>
        <translation>Зашыфраваная рэзервовая копія створана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>About Letapis</source>
        <translation>Пра Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>&lt;b&gt;Letapis&lt;/b&gt; %1&lt;br&gt;An offline, encrypted case manager for human-rights documenters.&lt;br&gt;Licence: GNU GPL v3 or later.</source>
        <translation>&lt;b&gt;Letapis&lt;/b&gt; %1&lt;br&gt;Зашыфраваны менеджар спраў для праваабаронцаў-дакументатараў, які працуе без інтэрнэту.&lt;br&gt;Ліцэнзія: GNU GPL v3 або пазнейшая.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="593"/>
        <source>Free notes about this person, kept inside the encrypted vault.</source>
        <translation>Адвольныя нататкі пра гэтага чалавека. Захоўваюцца ў зашыфраваным сховішчы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="598"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="321"/>
        <source>DD.MM.YYYY, MM.YYYY or YYYY</source>
        <translation>дд.мм.гггг, мм.гггг або гггг</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="344"/>
        <source>The year must be between %1 and %2.</source>
        <translation>Год павінен быць ад %1 да %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="347"/>
        <source>“%1” is not a real date: check the day and the month.</source>
        <translation>«%1» — такой даты не існуе: праверце дзень і месяц.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="350"/>
        <source>“%1” is not a date: type DD.MM.YYYY, MM.YYYY or YYYY.</source>
        <translation>«%1» — не дата: увядзіце дд.мм.гггг, мм.гггг або гггг.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../app/ui/person_editor.py" line="183"/>
        <source>notes</source>
        <translation>нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="203"/>
        <source>Undo</source>
        <translation>Адмяніць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="208"/>
        <source>Redo</source>
        <translation>Вярнуць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="216"/>
        <location filename="../../app/ui/person_editor.py" line="285"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="257"/>
        <source>Opening the record…</source>
        <translation>Адкрыццё карткі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="274"/>
        <source>Delete person…</source>
        <translation>Выдаліць картку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="287"/>
        <source>Save (Ctrl+S)</source>
        <translation>Захаваць (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="289"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="361"/>
        <source>This person is no longer in the vault (deleted, perhaps on another device).</source>
        <translation>Гэтай асобы ўжо няма ў сховішчы (картку выдалілі — магчыма, на іншай прыладзе).</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="366"/>
        <source>The record could not be opened: %1</source>
        <translation>Не ўдалося адкрыць картку: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="420"/>
        <source>New person</source>
        <translation>Новая картка</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="420"/>
        <source>Unnamed</source>
        <translation>Без імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="422"/>
        <source>Person</source>
        <translation>Картка асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="426"/>
        <source>Person record — Letapis</source>
        <translation>Картка асобы — Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="433"/>
        <source>Saving…</source>
        <translation>Захаванне…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="435"/>
        <source>Deleting…</source>
        <translation>Выдаленне…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/person_editor.py" line="438"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>Перад захаваннем трэба выправіць %n памылку</numerusform>
            <numerusform>Перад захаваннем трэба выправіць %n памылкі</numerusform>
            <numerusform>Перад захаваннем трэба выправіць %n памылак</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="441"/>
        <source>A field holds text that is not valid.</source>
        <translation>У адным з палёў — недапушчальны тэкст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="443"/>
        <location filename="../../app/ui/person_editor.py" line="595"/>
        <source>Unsaved changes</source>
        <translation>Незахаваныя змены</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="457"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Адмяніць: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="459"/>
        <source>Nothing to undo</source>
        <translation>Няма чаго адмяняць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="462"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Вярнуць: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="464"/>
        <source>Nothing to redo</source>
        <translation>Няма чаго вяртаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="519"/>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="534"/>
        <source>Not saved: %1
Nothing was written to the vault and your edits are still here; fix the problem and save again.</source>
        <translation>Не захавана: %1
У сховішча нічога не запісана, і вашы змены нікуды не зніклі; выпраўце памылку і захавайце зноў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="547"/>
        <source>Delete person</source>
        <translation>Выдаліць картку</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="549"/>
        <source>Delete the record of %1 with all cases, custody periods and statuses?

It disappears from lists and reports on every device after the next sync. The main window can undo this.</source>
        <translation>Выдаліць картку %1 з усімі справамі, перыядамі зняволення і статусамі?

Пасля наступнай сінхранізацыі яна знікне са спісаў і справаздач на ўсіх прыладах. Адмяніць выдаленне можна ў галоўным акне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="552"/>
        <location filename="../../app/ui/person_editor.py" line="597"/>
        <source>this person</source>
        <translation>гэтай асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="579"/>
        <source>Not deleted: %1</source>
        <translation>Не выдалена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="596"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Захаваць змены ў картцы %1 перад закрыццём?</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="610"/>
        <source>The record has problems and cannot be saved yet: fix them or choose Discard.</source>
        <translation>У картцы ёсць памылкі, і яе пакуль нельга захаваць: выпраўце іх або выберыце «Не захоўваць».</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="170"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="177"/>
        <source>Script</source>
        <translation>Напісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="178"/>
        <source>Primary</source>
        <translation>Асноўнае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="181"/>
        <source>Add a spelling</source>
        <translation>Дадаць напісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="182"/>
        <source>Remove spelling</source>
        <translation>Выдаліць напісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="192"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="193"/>
        <source>Date of birth</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="196"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="200"/>
        <source>City or town</source>
        <translation>Населены пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="201"/>
        <source>Occupation</source>
        <translation>Род заняткаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="204"/>
        <source>Categories</source>
        <translation>Катэгорыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="211"/>
        <source>Publication</source>
        <translation>Публікацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="214"/>
        <source>Health concerns</source>
        <translation>Праблемы са здароўем</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="217"/>
        <source>Names</source>
        <translation>Імёны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="224"/>
        <source>Person</source>
        <translation>Асоба</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../app/ui/person_model.py" line="151"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="151"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="151"/>
        <source>Custody</source>
        <translation>Зняволенне</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="151"/>
        <source>Latest event</source>
        <translation>Дата падзеі</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="185"/>
        <source>In custody</source>
        <translation>Пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="185"/>
        <source>Released</source>
        <translation>На волі</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="36"/>
        <source>&amp;Select All</source>
        <translation>&amp;Вылучыць усё</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="37"/>
        <source>&amp;Step up</source>
        <translation>Крок у&amp;гору</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="38"/>
        <source>Step &amp;down</source>
        <translation>Крок у&amp;ніз</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="41"/>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="42"/>
        <source>File &amp;name:</source>
        <translation>&amp;Імя файла:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="43"/>
        <source>Files of type:</source>
        <translation>Тыпы файлаў:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="44"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="45"/>
        <source>Forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="46"/>
        <source>Parent Directory</source>
        <translation>Бацькоўская папка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="47"/>
        <source>Create New Folder</source>
        <translation>Стварыць папку</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="48"/>
        <source>List View</source>
        <translation>Спіс</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="49"/>
        <source>Detail View</source>
        <translation>Падрабязна</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="50"/>
        <source>&amp;Open</source>
        <translation>&amp;Адкрыць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="51"/>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="52"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбраць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="53"/>
        <source>All Files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="54"/>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="55"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="56"/>
        <source>&amp;Rename</source>
        <translation>&amp;Перайменаваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="57"/>
        <source>&amp;Delete</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="58"/>
        <source>Show &amp;hidden files</source>
        <translation>Паказваць &amp;схаваныя файлы</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="59"/>
        <source>My Computer</source>
        <translation>Мой камп&apos;ютар</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="60"/>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="61"/>
        <source>Save As</source>
        <translation>Захаваць як</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="62"/>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="63"/>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="64"/>
        <source>Go forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="65"/>
        <source>Go to the parent directory</source>
        <translation>Перайсці ў бацькоўскую папку</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="66"/>
        <source>Create a New Folder</source>
        <translation>Стварыць новую папку</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="67"/>
        <source>Change to list view mode</source>
        <translation>Паказваць спісам</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="68"/>
        <source>Change to detail view mode</source>
        <translation>Паказваць падрабязна</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="69"/>
        <source>Sidebar</source>
        <translation>Бакавая панэль</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="70"/>
        <source>Recent Places</source>
        <translation>Нядаўнія месцы</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="71"/>
        <source>Directories</source>
        <translation>Папкі</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="72"/>
        <source>Drive</source>
        <translation>Дыск</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="73"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="74"/>
        <source>File Folder</source>
        <translation>Папка з файламі</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="75"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="76"/>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="77"/>
        <source>Unknown</source>
        <translation>Невядома</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="78"/>
        <source>Could not delete directory.</source>
        <translation>Не ўдалося выдаліць папку.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="79"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Сапраўды выдаліць «%1»?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="80"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ужо існуе.
Замяніць яго?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="81"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не знойдзены.
Праверце, ці правільна ўказана імя файла.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="82"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="83"/>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="84"/>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="85"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="86"/>
        <source>Date Modified</source>
        <translation>Дата змены</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="87"/>
        <source>My Computer</source>
        <translation>Мой камп&apos;ютар</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="88"/>
        <source>Computer</source>
        <translation>Камп&apos;ютар</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="89"/>
        <source>Invalid filename</source>
        <translation>Недапушчальнае імя файла</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="21"/>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="22"/>
        <source>&amp;Redo</source>
        <translation>&amp;Вярнуць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="23"/>
        <source>Cu&amp;t</source>
        <translation>Вы&amp;разаць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="24"/>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="25"/>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="26"/>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="27"/>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="39"/>
        <source>Show Details...</source>
        <translation>Паказаць падрабязнасці...</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="40"/>
        <source>Hide Details...</source>
        <translation>Схаваць падрабязнасці...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="4"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="5"/>
        <source>Save All</source>
        <translation>Захаваць усё</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="6"/>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="7"/>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="8"/>
        <source>Yes to &amp;All</source>
        <translation>Так для &amp;ўсіх</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="9"/>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="10"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е для ўсіх</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="11"/>
        <source>Abort</source>
        <translation>Перапыніць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="12"/>
        <source>Retry</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="13"/>
        <source>Ignore</source>
        <translation>Прапусціць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="14"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="15"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="16"/>
        <source>Discard</source>
        <translation>Не захоўваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="17"/>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="18"/>
        <source>Apply</source>
        <translation>Ужыць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="19"/>
        <source>Reset</source>
        <translation>Скінуць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="20"/>
        <source>Restore Defaults</source>
        <translation>Па змаўчанні</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="29"/>
        <source>&amp;Redo</source>
        <translation>&amp;Вярнуць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="30"/>
        <source>Cu&amp;t</source>
        <translation>Вы&amp;разаць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="31"/>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="32"/>
        <source>Copy &amp;Link Location</source>
        <translation>Капіяваць &amp;адрас спасылкі</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="33"/>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="34"/>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="35"/>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../app/ui/editor_binding.py" line="402"/>
        <source>Row %1, %2: %3</source>
        <translation>Радок %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_binding.py" line="450"/>
        <source>Row %1: %2</source>
        <translation>Радок %1: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="275"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="279"/>
        <source>Write this recovery key on paper and keep it somewhere safe, away from this laptop. It opens the vault if you forget your passphrase. It is shown only once.</source>
        <translation>Запішыце гэты ключ аднаўлення на паперы і захоўвайце яго ў надзейным месцы, далей ад гэтага ноўтбука. Ім можна адкрыць сховішча, калі вы забудзеце парольную фразу. Ён паказваецца толькі адзін раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="295"/>
        <source>I have written down the recovery key</source>
        <translation>Ключ аднаўлення запісаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="297"/>
        <source>Continue</source>
        <translation>Працягнуць</translation>
    </message>
</context>
<context>
    <name>RelationsPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="421"/>
        <source>Person</source>
        <translation>Асоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="424"/>
        <location filename="../../app/ui/editor_pages.py" line="453"/>
        <source>Relationship</source>
        <translation>Сваяцтва</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="430"/>
        <source>Remove relation</source>
        <translation>Выдаліць сваяка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="435"/>
        <source>Find a person in the vault by any spelling…</source>
        <translation>Знайсці асобу ў сховішчы па любым напісанні імя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="443"/>
        <location filename="../../app/ui/editor_pages.py" line="531"/>
        <source>Add relation</source>
        <translation>Дадаць сваяка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="461"/>
        <source>&lt;b&gt;Add a relative&lt;/b&gt;</source>
        <translation>&lt;b&gt;Дадаць сваяка&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="469"/>
        <source>Relations</source>
        <translation>Сваякі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="510"/>
        <source>Nobody found.</source>
        <translation>Нікога не знойдзена.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="47"/>
        <source>Monthly review</source>
        <translation>Штомесячны агляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="48"/>
        <source>Criminal prosecutions review</source>
        <translation>Агляд крымінальнага пераследу</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="56"/>
        <source>Your narrative for this section of the report…</source>
        <translation>Ваш тэкст для гэтага раздзела справаздачы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="57"/>
        <source>Save text</source>
        <translation>Захаваць тэкст</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="58"/>
        <source>Export PDF…</source>
        <translation>Экспарт у PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="59"/>
        <source>Export figures (JSON)…</source>
        <translation>Экспарт лічбаў (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="64"/>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="65"/>
        <source>Report:</source>
        <translation>Справаздача:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="66"/>
        <source>Report language:</source>
        <translation>Мова справаздачы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="67"/>
        <source>Section:</source>
        <translation>Раздзел:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="134"/>
        <source>Text saved in the vault (encrypted).</source>
        <translation>Тэкст захаваны ў сховішчы (зашыфравана).</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="141"/>
        <source>Export is not encrypted</source>
        <translation>Экспарт не зашыфраваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="143"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it off this laptop and delete it after publishing. Continue?</source>
        <translation>Экспартаваны файл НЕ зашыфраваны: яго можа прачытаць кожны, у каго ён апынецца. Не захоўвайце яго на гэтым ноўтбуку і выдаліце пасля публікацыі. Працягнуць?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="152"/>
        <source>Export report</source>
        <translation>Экспарт справаздачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="168"/>
        <source>Computing the report…</source>
        <translation>Падлік справаздачы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="179"/>
        <source>Written: %1</source>
        <translation>Запісана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="185"/>
        <source>Failed: %1</source>
        <translation>Памылка: %1</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="326"/>
        <source>No status periods recorded.</source>
        <translation>Перыяды статусаў не запісаны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="331"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="333"/>
        <source>Start unknown</source>
        <translation>Пачатак невядомы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="339"/>
        <source>Since</source>
        <translation>Пачатак</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="340"/>
        <source>Until</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="341"/>
        <source>Note</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="344"/>
        <source>Add a status period</source>
        <translation>Дадаць перыяд статусу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="345"/>
        <source>Remove period</source>
        <translation>Выдаліць перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="353"/>
        <source>“Until” is the first day without the status; leave it empty while the status holds. Tick “Start unknown” when the sources do not say when it began: the person still counts on every report date.</source>
        <translation>«Заканчэнне» — першы дзень без статусу; пакуль статус захоўваецца, пакіньце яго пустым. Адзначце «Пачатак невядомы», калі крыніцы не паведамляюць, калі статус пачаўся: асоба ўсё роўна ўлічваецца на кожную дату справаздачы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="365"/>
        <source>Status timeline</source>
        <translation>Храналогія статусаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="376"/>
        <source>unknown start</source>
        <translation>пачатак невядомы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="378"/>
        <source>ongoing</source>
        <translation>па цяперашні час</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="52"/>
        <source>Device</source>
        <translation>Прылада</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="52"/>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="52"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="54"/>
        <source>Save my device card…</source>
        <translation>Захаваць картку маёй прылады…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="55"/>
        <source>Add a team member…</source>
        <translation>Дадаць удзельніка каманды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="56"/>
        <source>Write changes to a folder (USB stick)…</source>
        <translation>Запісаць змены ў папку (флэшка)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="57"/>
        <source>Import a bundle…</source>
        <translation>Імпартаваць пакет…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="66"/>
        <source>Record</source>
        <translation>Запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="67"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="68"/>
        <source>Kept value</source>
        <translation>Захаванае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="69"/>
        <source>Other value</source>
        <translation>Іншае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="70"/>
        <source>Other device</source>
        <translation>Іншая прылада</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="73"/>
        <source>Keep the kept value</source>
        <translation>Пакінуць захаванае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="74"/>
        <source>Use the other value</source>
        <translation>Узяць іншае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="76"/>
        <source>Team</source>
        <translation>Каманда</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="84"/>
        <source>Exchange</source>
        <translation>Абмен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="89"/>
        <source>Conflicts</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="137"/>
        <source>This device</source>
        <translation>Гэтая прылада</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="139"/>
        <source> (this device)</source>
        <translation> (гэтая прылада)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="140"/>
        <source>active</source>
        <translation>дзейная</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="140"/>
        <source>revoked</source>
        <translation>адкліканая</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="146"/>
        <source>(deleted)</source>
        <translation>(выдалена)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="158"/>
        <source>Working…</source>
        <translation>Выконваецца…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="181"/>
        <source>Device card saved. Fingerprint: %1</source>
        <translation>Картка прылады захавана. Адбітак: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="189"/>
        <source>Save device card</source>
        <translation>Захаваць картку прылады</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="205"/>
        <source>Add a team member</source>
        <translation>Дадаць удзельніка каманды</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="207"/>
        <source>Add “%1”? Compare this fingerprint with the member by phone or in person before saying yes:

%2</source>
        <translation>Дадаць «%1»? Перш чым пагадзіцца, звярыце гэты адбітак з удзельнікам па тэлефоне або асабіста:

%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="218"/>
        <source>%1 added to the team.</source>
        <translation>%1: дададзена ў каманду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="223"/>
        <source>Open a device card</source>
        <translation>Адкрыць картку прылады</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="233"/>
        <source>%1 changes written to %2</source>
        <translation>Змен запісана: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="242"/>
        <source>Choose the USB stick folder</source>
        <translation>Абярыце папку на флэшцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="262"/>
        <source>Import a bundle</source>
        <translation>Імпартаваць пакет</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="263"/>
        <source>Letapis bundles (*.ltbundle)</source>
        <translation>Пакеты Letapis (*.ltbundle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="277"/>
        <source>Conflict resolved; the choice will sync to the team.</source>
        <translation>Канфлікт вырашаны; выбар трапіць да каманды пры сінхранізацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="282"/>
        <source>Refused: %1</source>
        <translation>Адхілена: %1</translation>
    </message>
</context>
<context>
    <name>TermEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="437"/>
        <source>e.g. 4y 6m</source>
        <translation>напр. 4y 6m</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="450"/>
        <source>“%1” is not a term: write it like 4y 6m, 18m or 10d</source>
        <translation>«%1» — не тэрмін: пішыце так: 4y 6m, 18m або 10d (y — гады, m — месяцы, d — дні)</translation>
    </message>
</context>
<context>
    <name>TermWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets.py" line="466"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n гады</numerusform>
            <numerusform>%n гадоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets.py" line="468"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяцы</numerusform>
            <numerusform>%n месяцаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets.py" line="470"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n дзень</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n дзён</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="471"/>
        <source>no term</source>
        <translation>без тэрміну</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="109"/>
        <source>Unlock Letapis</source>
        <translation>Разблакаваць Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="113"/>
        <source>Enter the passphrase of the vault in %1.</source>
        <translation>Увядзіце парольную фразу сховішча ў %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="118"/>
        <location filename="../../app/ui/unlock.py" line="127"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="119"/>
        <source>I forgot it: use the recovery key instead</source>
        <translation>Не памятаю: выкарыстаць ключ аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="127"/>
        <source>Recovery key:</source>
        <translation>Ключ аднаўлення:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="135"/>
        <source>Enter your passphrase.</source>
        <translation>Увядзіце парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="166"/>
        <source>The vault could not be opened: %1</source>
        <translation>Не ўдалося адкрыць сховішча: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="174"/>
        <source>Restore a backup?</source>
        <translation>Аднавіць з рэзервовай копіі?</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="175"/>
        <source>Restore the latest encrypted backup (%1)? The damaged file is kept.</source>
        <translation>Аднавіць з апошняй зашыфраванай рэзервовай копіі (%1)? Пашкоджаны файл будзе захаваны.</translation>
    </message>
</context>
</TS>
