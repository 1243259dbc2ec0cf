<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="630"/>
        <source>Import</source>
        <translation>Імпарт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="631"/>
        <source>Writing to the vault in one transaction.</source>
        <translation>Запіс у сховішча адной транзакцыяй.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="652"/>
        <source>Importing… Cancel stops the import and writes nothing.</source>
        <translation>Імпарт… «Скасаваць» спыняе імпарт, і нічога не запісваецца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="667"/>
        <source>Imported %1 rows: %2 new persons, %3 updated, %4 unchanged.</source>
        <translation>Імпартавана радкоў: %1. Новых асоб: %2, абноўлена: %3, без змен: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="675"/>
        <source>%1 rejected rows were skipped:</source>
        <translation>Прапушчана адхіленых радкоў: %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="687"/>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Імпарт скасаваны. Нічога не запісана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="689"/>
        <source>Import failed, nothing was written: %1</source>
        <translation>Імпарт не ўдаўся, нічога не запісана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="696"/>
        <source>Cancelling…</source>
        <translation>Скасаванне…</translation>
    </message>
</context>
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
    <name>BackupsTab</name>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="90"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="90"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="90"/>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="90"/>
        <source>Checked</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="97"/>
        <source>Back up now</source>
        <translation>Стварыць рэзервовую копію</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="98"/>
        <source>Verify</source>
        <translation>Праверыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="99"/>
        <source>Restore…</source>
        <translation>Аднавіць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="104"/>
        <source>Backups are encrypted with the vault&apos;s key and kept in the vault folder: one a day at unlock, one before every sync import and every upgrade. Letapis keeps the newest of each of the last 7 days and 4 weeks. Copy the vault folder to an encrypted disk to survive a lost laptop.</source>
        <translation>Рэзервовыя копіі зашыфраваныя ключом сховішча і захоўваюцца ў яго папцы: адна ў дзень пры разблакаванні, адна перад кожным імпартам пакета сінхранізацыі і кожным абнаўленнем. Letapis захоўвае найноўшую копію за кожны з апошніх 7 дзён і 4 тыдняў. Каб не страціць даныя разам з ноўтбукам, капіруйце папку сховішча на зашыфраваны дыск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="152"/>
        <source>daily</source>
        <translation>штодзённая</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="153"/>
        <source>manual</source>
        <translation>уручную</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="154"/>
        <source>before a sync import</source>
        <translation>перад імпартам пакета сінхранізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="155"/>
        <source>before an upgrade</source>
        <translation>перад абнаўленнем</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="156"/>
        <source>set aside by a restore</source>
        <translation>захавана перад аднаўленнем</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="163"/>
        <source>good (checked now)</source>
        <translation>спраўная (праверана зараз)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="163"/>
        <source>DAMAGED</source>
        <translation>ПАШКОДЖАНА</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="164"/>
        <source>good (checked when written)</source>
        <translation>спраўная (праверана пры запісе)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="164"/>
        <source>not checked</source>
        <translation>не праверана</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="191"/>
        <source>Failed: %1</source>
        <translation>Памылка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="201"/>
        <source>Daily backup written.</source>
        <translation>Штодзённая рэзервовая копія запісана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="211"/>
        <source>Encrypted backup written: %1</source>
        <translation>Зашыфраваная рэзервовая копія запісана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="213"/>
        <source>Writing an encrypted backup…</source>
        <translation>Запіс зашыфраванай рэзервовай копіі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="226"/>
        <source>The backup %1 is damaged; do not restore it.</source>
        <translation>Рэзервовая копія %1 пашкоджана; не аднаўляйце з яе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="231"/>
        <source>The backup %1 is good.</source>
        <translation>Рэзервовая копія %1 спраўная.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="233"/>
        <source>Checking the backup…</source>
        <translation>Праверка рэзервовай копіі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="251"/>
        <source>Restored; unlock the vault to continue.</source>
        <translation>Адноўлена; каб працягнуць, разблакуйце сховішча.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="255"/>
        <source>Restoring the backup…</source>
        <translation>Аднаўленне з рэзервовай копіі…</translation>
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
        <location filename="../../app/ui/editor_cases.py" line="201"/>
        <source>Opened on</source>
        <translation>Узбуджана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="205"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="206"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="211"/>
        <source>Trial and verdict</source>
        <translation>Суд і прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="221"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="225"/>
        <source>Judge</source>
        <translation>Суддзя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="227"/>
        <source>Verdict on</source>
        <translation>Дата прысуду</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="229"/>
        <source>Tried in absentia</source>
        <translation>Суд завочна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="233"/>
        <source>Special proceedings (against an absent accused)</source>
        <translation>Спецвытворчасць (супраць адсутнага абвінавачанага)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="235"/>
        <source>Closed hearing</source>
        <translation>Закрытае судовае пасяджэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="249"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="250"/>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="261"/>
        <source>Type</source>
        <translation>Від пакарання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="264"/>
        <source>Term</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="265"/>
        <source>Regime</source>
        <translation>Рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="268"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="270"/>
        <source> base amounts</source>
        <translation> базавых велічынь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="273"/>
        <source>Term starts on</source>
        <translation>Пачатак тэрміну</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="276"/>
        <source>Credited custody</source>
        <translation>Залік часу пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="277"/>
        <source> days</source>
        <translation> дзён</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="281"/>
        <source>Extends (Art. 411)</source>
        <translation>Падаўжае (арт. 411)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="289"/>
        <source>The day the term starts running: usually the day of detention, with no credited days; or the day the verdict took force, with the custody credited.</source>
        <translation>Дзень, з якога адлічваецца тэрмін: звычайна дзень затрымання, без заліку дзён; або дзень уступлення прысуду ў законную сілу, з залікам часу пад вартай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="299"/>
        <source>Expected release</source>
        <translation>Чаканае вызваленне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="307"/>
        <source>Sentences</source>
        <translation>Пакаранні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="313"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="315"/>
        <source>Charges</source>
        <translation>Абвінавачванні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="325"/>
        <source>Add a case to record its charges, the trial and the sentence.</source>
        <translation>Дадайце справу, каб запісаць абвінавачванні, суд і пакаранне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="339"/>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="394"/>
        <source>Save the person first to link it.</source>
        <translation>Каб выбраць гэтае пакаранне, спачатку захавайце картку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="443"/>
        <source>Not applicable to a fine</source>
        <translation>Не прымяняецца да штрафу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="445"/>
        <source>Enter the day the term starts to compute it</source>
        <translation>Увядзіце пачатак тэрміну, каб разлічыць дату</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/editor_cases.py" line="453"/>
        <source>(with %n Art. 411 extension(s))</source>
        <translation>
            <numerusform>(з %n падаўжэннем па арт. 411)</numerusform>
            <numerusform>(з %n падаўжэннямі па арт. 411)</numerusform>
            <numerusform>(з %n падаўжэннямі па арт. 411)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="468"/>
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
        <location filename="../../app/ui/editor_pages.py" line="262"/>
        <source>Detained on</source>
        <translation>Дата затрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="265"/>
        <source>Held in</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="268"/>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="269"/>
        <source>Released on</source>
        <translation>Дата вызвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="272"/>
        <source>Why released</source>
        <translation>Прычына вызвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="275"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="278"/>
        <source>Add a custody period</source>
        <translation>Дадаць перыяд зняволення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="279"/>
        <source>Remove period</source>
        <translation>Выдаліць перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="287"/>
        <source>One row per custody period, from detention to release. Leave “Released on” empty while the person is held; a date known only to the month or year may be typed as 05.2021 or 2021.</source>
        <translation>Адзін радок на кожны перыяд зняволення — ад затрымання да вызвалення. Пакуль чалавек пад вартай, пакіньце «Дата вызвалення» пустой; дату, вядомую толькі з дакладнасцю да месяца ці года, можна ўвесці як 05.2021 або 2021.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="297"/>
        <source>Custody</source>
        <translation>Зняволенне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="305"/>
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
    <name>DestroyKeysDialog</name>
    <message>
        <location filename="../../app/ui/destroy_dialog.py" line="29"/>
        <source>Destroy the vault&apos;s keys</source>
        <translation>Знішчыць ключы сховішча</translation>
    </message>
    <message>
        <location filename="../../app/ui/destroy_dialog.py" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The vault&apos;s keys are overwritten and deleted and its encrypted files are removed. No passphrase and no recovery key will open this vault again. Its backups in the backups folder use the same keys and become unreadable too.&lt;/p&gt;&lt;p&gt;Copies of the vault folder kept elsewhere (another disk, a stick) have their own key file and are &lt;b&gt;not&lt;/b&gt; affected. Exported PDF, CSV and XLSX files are not encrypted and are not touched.&lt;/p&gt;&lt;p&gt;Letapis closes afterwards.&lt;/p&gt;&lt;p&gt;To confirm, type &lt;b&gt;%1&lt;/b&gt; or the vault folder&apos;s name (&lt;b&gt;%2&lt;/b&gt;):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Гэта нельга адмяніць.&lt;/b&gt; Ключы сховішча будуць перазапісаны і выдалены, а яго зашыфраваныя файлы — выдалены. Ні парольная фраза, ні ключ аднаўлення больш не адкрыюць гэтае сховішча. Яго рэзервовыя копіі ў папцы рэзервовых копій выкарыстоўваюць тыя ж ключы і таксама стануць непрачытальнымі.&lt;/p&gt;&lt;p&gt;Копіі папкі сховішча, якія захоўваюцца ў іншым месцы (на іншым дыску, флэшцы), маюць уласны файл ключоў, і іх гэта &lt;b&gt;не&lt;/b&gt; закране. Экспартаваныя файлы PDF, CSV і XLSX не зашыфраваныя і не будуць кранутыя.&lt;/p&gt;&lt;p&gt;Пасля гэтага Letapis закрыецца.&lt;/p&gt;&lt;p&gt;Каб пацвердзіць, увядзіце &lt;b&gt;%1&lt;/b&gt; або назву папкі сховішча (&lt;b&gt;%2&lt;/b&gt;):&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/destroy_dialog.py" line="53"/>
        <source>Destroy keys</source>
        <translation>Знішчыць ключы</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="387"/>
        <source>Dry run</source>
        <translation>Пробны імпарт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="388"/>
        <source>What the import would do. Nothing has been written yet.</source>
        <translation>Што зробіць імпарт. Пакуль нічога не запісана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="396"/>
        <source>All rows</source>
        <translation>Усе радкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="397"/>
        <source>Rejected rows</source>
        <translation>Адхіленыя радкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="398"/>
        <source>New</source>
        <translation>Новыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="399"/>
        <source>Updating</source>
        <translation>Абнаўленні</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="400"/>
        <source>Already in the vault</source>
        <translation>Ужо ў сховішчы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="404"/>
        <source>new</source>
        <translation>новы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="405"/>
        <source>update</source>
        <translation>абнаўленне</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="406"/>
        <source>already in the vault</source>
        <translation>ужо ў сховішчы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="407"/>
        <source>rejected</source>
        <translation>адхілены</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="410"/>
        <source>Row</source>
        <translation>Радок</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="411"/>
        <source>Result</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="412"/>
        <source>Person key</source>
        <translation>Ключ асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="413"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="414"/>
        <source>Column</source>
        <translation>Слупок</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="415"/>
        <source>Reason</source>
        <translation>Прычына</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="424"/>
        <source>Import the other rows and skip the rejected ones (partial import)</source>
        <translation>Імпартаваць астатнія радкі і прапусціць адхіленыя (частковы імпарт)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="432"/>
        <source>Show:</source>
        <translation>Паказаць:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="449"/>
        <source>Checking every row against the vault…</source>
        <translation>Праверка кожнага радка па сховішчы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="482"/>
        <source>%1 rows: %2 new, %3 updating, %4 already in the vault, %5 rejected.</source>
        <translation>Радкоў: %1. Новых: %2, абнаўленняў: %3, ужо ў сховішчы: %4, адхілена: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="489"/>
        <source>New persons: %1, persons updated: %2. Possible duplicates to review: %3.</source>
        <translation>Новых асоб: %1, абноўлена асоб: %2. Магчымых дублікатаў для праверкі: %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="503"/>
        <source>%1 rows have errors (listed above with row, column and reason). Fix them in the file and start again, or import only the %2 other rows. Without your consent nothing is written.</source>
        <translation>Радкоў з памылкамі: %1 (яны пералічаны вышэй з радком, слупком і прычынай). Выпраўце іх у файле і пачніце нанова або імпартуйце толькі астатнія радкі (%2). Без вашай згоды нічога не запісваецца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="512"/>
        <source>Import</source>
        <translation>Імпартаваць</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="539"/>
        <source>Possible duplicates</source>
        <translation>Магчымыя дублікаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="542"/>
        <source>These persons in the sheet have the same name (in any script) as someone in the vault or earlier in the sheet, and no birth date that tells them apart. Same person: the rows are attached to that person, whose filled-in fields are kept. New person: they are imported as someone else.</source>
        <translation>У гэтых асоб з табліцы такое ж імя (у любым напісанні), як у кагосьці ў сховішчы або вышэй у табліцы, і няма даты нараджэння, якая б іх адрознівала. «Тая ж асоба»: радкі далучаюцца да гэтай асобы, і яе запоўненыя палі захоўваюцца. «Новая асоба»: яны імпартуюцца як іншы чалавек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="549"/>
        <source>Import</source>
        <translation>Імпартаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="552"/>
        <source>Rows</source>
        <translation>Радкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="553"/>
        <source>In the sheet</source>
        <translation>У табліцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="554"/>
        <location filename="../../app/ui/import_wizard.py" line="556"/>
        <source>Born</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="555"/>
        <source>Matches</source>
        <translation>Супадае з</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="557"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="558"/>
        <source>Decision</source>
        <translation>Рашэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="576"/>
        <source>in the vault</source>
        <translation>у сховішчы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="578"/>
        <source>earlier in the sheet (%1)</source>
        <translation>вышэй у табліцы (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="582"/>
        <source>likely</source>
        <translation>верагодна</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="582"/>
        <source>possible</source>
        <translation>магчыма</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="594"/>
        <source>New person</source>
        <translation>Новая асоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="595"/>
        <source>Same person (merge into existing)</source>
        <translation>Тая ж асоба (аб&apos;яднаць з існуючай)</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="40"/>
        <source>Female</source>
        <translation>Жаночы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="41"/>
        <source>Male</source>
        <translation>Мужчынскі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="42"/>
        <location filename="../../app/ui/editor_labels.py" line="50"/>
        <location filename="../../app/ui/editor_labels.py" line="77"/>
        <location filename="../../app/ui/editor_labels.py" line="91"/>
        <location filename="../../app/ui/editor_labels.py" line="98"/>
        <location filename="../../app/ui/editor_labels.py" line="106"/>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="43"/>
        <source>Not known</source>
        <translation>Невядома</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="44"/>
        <source>Publish the name</source>
        <translation>Публікаваць імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="45"/>
        <source>Anonymise in publications</source>
        <translation>Ананімізаваць у публікацыях</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="46"/>
        <source>Never publish</source>
        <translation>Ніколі не публікаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="47"/>
        <source>Belarusian</source>
        <translation>Беларускае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="48"/>
        <source>Russian</source>
        <translation>Рускае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="49"/>
        <source>Latin</source>
        <translation>Лацінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="51"/>
        <source>Journalist</source>
        <translation>Журналіст</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="52"/>
        <source>Human-rights defender</source>
        <translation>Праваабаронца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="53"/>
        <source>Lawyer</source>
        <translation>Адвакат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="54"/>
        <source>Student</source>
        <translation>Студэнт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="55"/>
        <source>Pensioner</source>
        <translation>Пенсіянер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="56"/>
        <source>Person with a disability</source>
        <translation>Чалавек з інваліднасцю</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="57"/>
        <source>Parent of many children</source>
        <translation>Бацька / маці шматдзетнай сям&apos;і</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="58"/>
        <source>Politician</source>
        <translation>Палітык</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="59"/>
        <source>Activist</source>
        <translation>Актывіст</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="60"/>
        <source>Cultural figure</source>
        <translation>Дзеяч культуры</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="61"/>
        <source>Religious figure</source>
        <translation>Рэлігійны дзеяч</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="62"/>
        <source>Spouse</source>
        <translation>Муж / жонка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="63"/>
        <source>Parent</source>
        <translation>Бацька / маці</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="64"/>
        <source>Child</source>
        <translation>Сын / дачка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="65"/>
        <source>Sibling</source>
        <translation>Брат / сястра</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="66"/>
        <source>Other relative</source>
        <translation>Іншы сваяк</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="67"/>
        <source>Search</source>
        <translation>Ператрус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="68"/>
        <source>Administrative detention</source>
        <translation>Адміністрацыйнае затрыманне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="69"/>
        <source>Criminal detention</source>
        <translation>Затрыманне па крымінальнай справе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="70"/>
        <source>Interrogation</source>
        <translation>Допыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="71"/>
        <source>Ill-treatment or torture</source>
        <translation>Жорсткае абыходжанне або катаванні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="72"/>
        <source>Pressure on relatives</source>
        <translation>Ціск на сваякоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="73"/>
        <source>Dismissal</source>
        <translation>Звальненне з працы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="74"/>
        <source>Forced exile</source>
        <translation>Вымушаная эміграцыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="75"/>
        <source>Property seizure</source>
        <translation>Арышт маёмасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="76"/>
        <source>Exit ban</source>
        <translation>Забарона на выезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="78"/>
        <source>Criminal</source>
        <translation>Крымінальная</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="79"/>
        <source>Administrative</source>
        <translation>Адміністрацыйная</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="80"/>
        <source>Under investigation</source>
        <translation>Ідзе следства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="81"/>
        <source>In court</source>
        <translation>У судзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="82"/>
        <source>Convicted</source>
        <translation>Абвінаваўчы прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="83"/>
        <location filename="../../app/ui/editor_labels.py" line="95"/>
        <source>Acquitted</source>
        <translation>Апраўдальны прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="84"/>
        <source>Closed</source>
        <translation>Спынена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="85"/>
        <source>Suspended</source>
        <translation>Прыпынена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="86"/>
        <source>Temporary detention centre</source>
        <translation>Ізалятар часовага ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="87"/>
        <source>Pre-trial centre (SIZO)</source>
        <translation>Следчы ізалятар (СІЗА)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="88"/>
        <source>Colony</source>
        <translation>Калонія</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="89"/>
        <location filename="../../app/ui/editor_labels.py" line="110"/>
        <source>Prison</source>
        <translation>Турма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="90"/>
        <source>Open-type facility</source>
        <translation>Установа адкрытага тыпу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="92"/>
        <source>Served the term</source>
        <translation>Тэрмін адбыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="93"/>
        <source>Pardoned</source>
        <translation>Памілаванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="94"/>
        <source>Exchanged / deported</source>
        <translation>Абмен / дэпартацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="96"/>
        <source>Preventive measure changed</source>
        <translation>Змена меры стрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="97"/>
        <source>Died in custody</source>
        <translation>Смерць пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="99"/>
        <source>Imprisonment</source>
        <translation>Пазбаўленне волі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="100"/>
        <source>Restricted freedom (open facility)</source>
        <translation>Абмежаванне волі (з накіраваннем)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="101"/>
        <source>Restricted freedom (at home)</source>
        <translation>Абмежаванне волі (без накіравання)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="102"/>
        <source>Home confinement</source>
        <translation>Хатні арышт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="103"/>
        <source>Arrest</source>
        <translation>Арышт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="104"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="105"/>
        <source>Correctional labour</source>
        <translation>Папраўчыя работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="107"/>
        <source>General regime</source>
        <translation>Агульны рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="108"/>
        <source>Strict regime</source>
        <translation>Узмоцнены рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="109"/>
        <source>Special regime</source>
        <translation>Асаблівы рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="111"/>
        <source>No regime</source>
        <translation>Без рэжыму</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="112"/>
        <source>Political prisoner</source>
        <translation>Палітвязень</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="113"/>
        <source>Incommunicado</source>
        <translation>Інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="114"/>
        <source>Punishment cell (SHIZO)</source>
        <translation>У ШІЗА</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="115"/>
        <source>Cell-type premises (PKT)</source>
        <translation>У ПКТ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="116"/>
        <source>Transferred to prison regime</source>
        <translation>Перавод у турму</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="117"/>
        <source>On the “extremist” list</source>
        <translation>У спісе «экстрэмістаў»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="118"/>
        <source>On the “terrorist” list</source>
        <translation>У спісе «тэрарыстаў»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="119"/>
        <source>Serious illness</source>
        <translation>Цяжкае захворванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="120"/>
        <source>Confirmed</source>
        <translation>Пацверджана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="121"/>
        <source>Probable</source>
        <translation>Верагодна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="122"/>
        <source>Not verified</source>
        <translation>Не праверана</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="620"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="621"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="622"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="623"/>
        <source>Description</source>
        <translation>Апісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="626"/>
        <source>Add an event</source>
        <translation>Дадаць падзею</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="627"/>
        <source>Remove event</source>
        <translation>Выдаліць падзею</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="635"/>
        <source>Acts of repression against this person (searches, detentions, interrogations, pressure on relatives...). Monthly reports count them.</source>
        <translation>Рэпрэсіі супраць гэтага чалавека (ператрусы, затрыманні, допыты, ціск на сваякоў...). Іх улічваюць штомесячныя справаздачы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="644"/>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="123"/>
        <source>Choose a spreadsheet</source>
        <translation>Выберыце табліцу</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="126"/>
        <source>CSV (any encoding and delimiter) or Excel .xlsx. Columns do not need the template&apos;s names: you map them in the next step.</source>
        <translation>CSV (з любой кадзіроўкай і раздзяляльнікам) або Excel .xlsx. Слупкам не абавязкова мець назвы з шаблона: вы супаставіце іх на наступным кроку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="133"/>
        <source>No file chosen</source>
        <translation>Файл не выбраны</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="134"/>
        <source>Choose file…</source>
        <translation>Выбраць файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="139"/>
        <source>Download template (CSV)…</source>
        <translation>Спампаваць шаблон (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="140"/>
        <source>Download template (XLSX)…</source>
        <translation>Спампаваць шаблон (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="151"/>
        <source>No sheet yet? Start from the template:</source>
        <translation>Табліцы яшчэ няма? Пачніце з шаблона:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="165"/>
        <source>Import spreadsheet</source>
        <translation>Імпарт табліцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="167"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Табліцы (*.csv *.tsv *.txt *.xlsx *.xlsm);;Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="178"/>
        <source>Reading…</source>
        <translation>Чытанне…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="208"/>
        <source>Excel workbook, sheet “%1”.</source>
        <translation>Кніга Excel, аркуш «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="211"/>
        <source>comma</source>
        <translation>коска</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="212"/>
        <source>semicolon</source>
        <translation>кропка з коскай</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="213"/>
        <source>tab</source>
        <translation>табуляцыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="214"/>
        <source>vertical bar</source>
        <translation>вертыкальная рыска</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="218"/>
        <source>Detected encoding: %1. Delimiter: %2.</source>
        <translation>Вызначана кадзіроўка: %1. Раздзяляльнік: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="223"/>
        <source>%1 data rows, %2 columns (header on row %3).</source>
        <translation>Радкоў з данымі: %1, слупкоў: %2 (загаловак у радку %3).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>Search names in any script (Ctrl+F)…</source>
        <translation>Пошук па імені ў любым напісанні (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72"/>
        <source>All regions</source>
        <translation>Усе рэгіёны</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>Any gender</source>
        <translation>Любы пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <source>Women</source>
        <translation>Жанчыны</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>Men</source>
        <translation>Мужчыны</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Any status</source>
        <translation>Любы статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>Political prisoner</source>
        <translation>Палітвязні</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>Incommunicado</source>
        <translation>Інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>In custody</source>
        <translation>Пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>Released</source>
        <translation>Вызваленыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Status on this date</source>
        <translation>Статус на гэтую дату</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Any category</source>
        <translation>Любая катэгорыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>Any court</source>
        <translation>Любы суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>Article, e.g. 342 or 361-1</source>
        <translation>Артыкул, напр. 342 або 361-1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Latest event from</source>
        <translation>Апошняя падзея з</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Latest event to</source>
        <translation>Апошняя падзея па</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Clear filters</source>
        <translation>Скінуць фільтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="719"/>
        <source>Import spreadsheet</source>
        <translation>Імпарт табліцы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>Edit %1</source>
        <translation>рэдагаванне: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Delete %1</source>
        <translation>выдаленне: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <location filename="../../app/ui/main_window.py" line="643"/>
        <source>Letapis</source>
        <translation>Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>People</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>Dashboard</source>
        <translation>Зводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <source>Reports</source>
        <translation>Справаздачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>Sync</source>
        <translation>Сінхранізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <source>Backups</source>
        <translation>Рэзервовыя копіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>&amp;New person</source>
        <translation>&amp;Новая картка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363"/>
        <source>&amp;Back up now</source>
        <translation>Стварыць &amp;рэзервовую копію</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Імпарт табліцы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>&amp;Export spreadsheet…</source>
        <translation>&amp;Экспарт табліцы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <source>Export the current &amp;list…</source>
        <translation>Экспартаваць бягучы &amp;спіс…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>Download import &amp;template</source>
        <translation>Спампаваць &amp;шаблон для імпарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблакаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>&amp;Destroy vault keys (emergency)...</source>
        <translation>Знішчыць &amp;ключы сховішча (экстрэнна)...</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="393"/>
        <source>&amp;Edit</source>
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394"/>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396"/>
        <source>&amp;Redo</source>
        <translation>&amp;Вярнуць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401"/>
        <source>&amp;Open person</source>
        <translation>Ад&amp;крыць картку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403"/>
        <source>&amp;Delete person…</source>
        <translation>Вы&amp;даліць картку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="408"/>
        <source>&amp;Copy name</source>
        <translation>&amp;Скапіяваць імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>&amp;Find</source>
        <translation>&amp;Знайсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="414"/>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Абнавіць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>&amp;People</source>
        <translation>&amp;Людзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="422"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Зводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="425"/>
        <source>Re&amp;ports</source>
        <translation>Спра&amp;ваздачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="434"/>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>&amp;About Letapis</source>
        <translation>&amp;Пра Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="481"/>
        <source>%1 persons match</source>
        <translation>Знойдзена асоб: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>%1 persons · %2 cases · %3 charges</source>
        <translation>Асоб: %1 · спраў: %2 · абвінавачванняў: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="571"/>
        <source>Delete person</source>
        <translation>Выдаліць картку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572"/>
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation>Выдаліць картку %1? Гэта можна адмяніць клавішамі Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="594"/>
        <source>Exported %1 persons to %2 (not encrypted).</source>
        <translation>Экспартавана асоб: %1, файл %2 (не зашыфраваны).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="632"/>
        <source>About Letapis</source>
        <translation>Пра Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="634"/>
        <source>&lt;b&gt;Letapis&lt;/b&gt; %1&lt;br&gt;An offline, encrypted case manager for human-rights documenters.&lt;br&gt;Licence: GNU GPL v3 or later.</source>
        <translation>&lt;b&gt;Letapis&lt;/b&gt; %1&lt;br&gt;Зашыфраваны менеджар спраў для праваабаронцаў-дакументатараў, які працуе без інтэрнэту.&lt;br&gt;Ліцэнзія: GNU GPL v3 або пазнейшая.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="241"/>
        <source>Map the columns</source>
        <translation>Супастаўце слупкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="244"/>
        <source>Which Letapis field does each column of your sheet hold? The choice is remembered for files with the same columns.</source>
        <translation>Якое поле Letapis змяшчае кожны слупок вашай табліцы? Выбар запамінаецца для файлаў з такімі ж слупкамі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="249"/>
        <source>Column in the file</source>
        <translation>Слупок у файле</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="249"/>
        <source>Examples</source>
        <translation>Прыклады</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="249"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="267"/>
        <source>Mapping remembered from an earlier import of a sheet with these columns.</source>
        <translation>Супастаўленне ўзята з ранейшага імпарту табліцы з такімі ж слупкамі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="269"/>
        <source>Suggested from the column names: check it.</source>
        <translation>Прапанавана па назвах слупкоў: праверце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="287"/>
        <source>— ignore this column —</source>
        <translation>— не імпартаваць гэты слупок —</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="665"/>
        <source>Free notes about this person, kept inside the encrypted vault.</source>
        <translation>Адвольныя нататкі пра гэтага чалавека. Захоўваюцца ў зашыфраваным сховішчы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="670"/>
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
        <location filename="../../app/ui/person_editor.py" line="186"/>
        <source>notes</source>
        <translation>нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="206"/>
        <source>Undo</source>
        <translation>Адмяніць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="211"/>
        <source>Redo</source>
        <translation>Вярнуць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="219"/>
        <location filename="../../app/ui/person_editor.py" line="290"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="262"/>
        <source>Opening the record…</source>
        <translation>Адкрыццё карткі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="279"/>
        <source>Delete person…</source>
        <translation>Выдаліць картку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="292"/>
        <source>Save (Ctrl+S)</source>
        <translation>Захаваць (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="294"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="366"/>
        <source>This person is no longer in the vault (deleted, perhaps on another device).</source>
        <translation>Гэтай асобы ўжо няма ў сховішчы (картку выдалілі — магчыма, на іншай прыладзе).</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="371"/>
        <source>The record could not be opened: %1</source>
        <translation>Не ўдалося адкрыць картку: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="425"/>
        <source>New person</source>
        <translation>Новая картка</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="425"/>
        <source>Unnamed</source>
        <translation>Без імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="427"/>
        <source>Person</source>
        <translation>Картка асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="431"/>
        <source>Person record — Letapis</source>
        <translation>Картка асобы — Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="438"/>
        <source>Saving…</source>
        <translation>Захаванне…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="440"/>
        <source>Deleting…</source>
        <translation>Выдаленне…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/person_editor.py" line="443"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>Перад захаваннем трэба выправіць %n памылку</numerusform>
            <numerusform>Перад захаваннем трэба выправіць %n памылкі</numerusform>
            <numerusform>Перад захаваннем трэба выправіць %n памылак</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="446"/>
        <source>A field holds text that is not valid.</source>
        <translation>У адным з палёў — недапушчальны тэкст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="448"/>
        <location filename="../../app/ui/person_editor.py" line="600"/>
        <source>Unsaved changes</source>
        <translation>Незахаваныя змены</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="462"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Адмяніць: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="464"/>
        <source>Nothing to undo</source>
        <translation>Няма чаго адмяняць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="467"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Вярнуць: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="469"/>
        <source>Nothing to redo</source>
        <translation>Няма чаго вяртаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="524"/>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="539"/>
        <source>Not saved: %1
Nothing was written to the vault and your edits are still here; fix the problem and save again.</source>
        <translation>Не захавана: %1
У сховішча нічога не запісана, і вашы змены нікуды не зніклі; выпраўце памылку і захавайце зноў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="552"/>
        <source>Delete person</source>
        <translation>Выдаліць картку</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="554"/>
        <source>Delete the record of %1 with all cases, custody periods and statuses?

It disappears from lists and reports on every device after the next sync. The main window can undo this.</source>
        <translation>Выдаліць картку %1 з усімі справамі, перыядамі зняволення і статусамі?

Пасля наступнай сінхранізацыі яна знікне са спісаў і справаздач на ўсіх прыладах. Адмяніць выдаленне можна ў галоўным акне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="557"/>
        <location filename="../../app/ui/person_editor.py" line="602"/>
        <source>this person</source>
        <translation>гэтай асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="584"/>
        <source>Not deleted: %1</source>
        <translation>Не выдалена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="601"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Захаваць змены ў картцы %1 перад закрыццём?</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="615"/>
        <source>The record has problems and cannot be saved yet: fix them or choose Discard.</source>
        <translation>У картцы ёсць памылкі, і яе пакуль нельга захаваць: выпраўце іх або выберыце «Не захоўваць».</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="172"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="179"/>
        <source>Script</source>
        <translation>Напісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="180"/>
        <source>Primary</source>
        <translation>Асноўнае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="183"/>
        <source>Add a spelling</source>
        <translation>Дадаць напісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="184"/>
        <source>Remove spelling</source>
        <translation>Выдаліць напісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="194"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="197"/>
        <source>Date of birth</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="203"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="207"/>
        <source>City or town</source>
        <translation>Населены пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="208"/>
        <source>Occupation</source>
        <translation>Род заняткаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="211"/>
        <source>Categories</source>
        <translation>Катэгорыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="218"/>
        <source>Publication</source>
        <translation>Публікацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="221"/>
        <source>Health concerns</source>
        <translation>Праблемы са здароўем</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="224"/>
        <source>Names</source>
        <translation>Імёны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="231"/>
        <source>Person</source>
        <translation>Асоба</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../app/ui/person_model.py" line="169"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="169"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="169"/>
        <source>Custody</source>
        <translation>Зняволенне</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="169"/>
        <source>Latest event</source>
        <translation>Дата падзеі</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="203"/>
        <source>In custody</source>
        <translation>Пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="203"/>
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
        <location filename="../../build/i18n/qt_strings.py" line="55"/>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="56"/>
        <source>File &amp;name:</source>
        <translation>&amp;Імя файла:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="57"/>
        <source>Files of type:</source>
        <translation>Тыпы файлаў:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="58"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="59"/>
        <source>Forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="60"/>
        <source>Parent Directory</source>
        <translation>Бацькоўская папка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="61"/>
        <source>Create New Folder</source>
        <translation>Стварыць папку</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="62"/>
        <source>List View</source>
        <translation>Спіс</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="63"/>
        <source>Detail View</source>
        <translation>Падрабязна</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Адкрыць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="65"/>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="66"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбраць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="67"/>
        <source>All Files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="68"/>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="69"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="70"/>
        <source>&amp;Rename</source>
        <translation>&amp;Перайменаваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="71"/>
        <source>&amp;Delete</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="72"/>
        <source>Show &amp;hidden files</source>
        <translation>Паказваць &amp;схаваныя файлы</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="73"/>
        <source>My Computer</source>
        <translation>Мой камп&apos;ютар</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="74"/>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="75"/>
        <source>Save As</source>
        <translation>Захаваць як</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="76"/>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="77"/>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="78"/>
        <source>Go forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="79"/>
        <source>Go to the parent directory</source>
        <translation>Перайсці ў бацькоўскую папку</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="80"/>
        <source>Create a New Folder</source>
        <translation>Стварыць новую папку</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="81"/>
        <source>Change to list view mode</source>
        <translation>Паказваць спісам</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="82"/>
        <source>Change to detail view mode</source>
        <translation>Паказваць падрабязна</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="83"/>
        <source>Sidebar</source>
        <translation>Бакавая панэль</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="84"/>
        <source>Recent Places</source>
        <translation>Нядаўнія месцы</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="85"/>
        <source>Directories</source>
        <translation>Папкі</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="86"/>
        <source>Drive</source>
        <translation>Дыск</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="87"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="88"/>
        <source>File Folder</source>
        <translation>Папка з файламі</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="89"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="90"/>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="91"/>
        <source>Unknown</source>
        <translation>Невядома</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="92"/>
        <source>Could not delete directory.</source>
        <translation>Не ўдалося выдаліць папку.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="93"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Сапраўды выдаліць «%1»?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="94"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ужо існуе.
Замяніць яго?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="95"/>
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
        <location filename="../../build/i18n/qt_strings.py" line="96"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="97"/>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="98"/>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="99"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="100"/>
        <source>Date Modified</source>
        <translation>Дата змены</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="101"/>
        <source>My Computer</source>
        <translation>Мой камп&apos;ютар</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="102"/>
        <source>Computer</source>
        <translation>Камп&apos;ютар</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="103"/>
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
    <name>QWizard</name>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="41"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="42"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далей &gt;</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="43"/>
        <source>&amp;Next</source>
        <translation>&amp;Далей</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="44"/>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="45"/>
        <source>&amp;Commit</source>
        <translation>&amp;Пацвердзіць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="46"/>
        <source>Commit</source>
        <translation>Пацвердзіць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="47"/>
        <source>&amp;Finish</source>
        <translation>&amp;Гатова</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="48"/>
        <source>Finish</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="49"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="50"/>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="51"/>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="52"/>
        <source>Continue</source>
        <translation>Працягнуць</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="53"/>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location filename="../../build/i18n/qt_strings.py" line="54"/>
        <source>Quit</source>
        <translation>Выйсці</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../app/ui/editor_binding.py" line="405"/>
        <location filename="../../app/ui/editor_binding.py" line="479"/>
        <source>Row %1, %2: %3</source>
        <translation>Радок %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_binding.py" line="471"/>
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
        <location filename="../../app/ui/editor_pages.py" line="437"/>
        <source>Person</source>
        <translation>Асоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="440"/>
        <location filename="../../app/ui/editor_pages.py" line="469"/>
        <source>Relationship</source>
        <translation>Сваяцтва</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="446"/>
        <source>Remove relation</source>
        <translation>Выдаліць сваяка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="451"/>
        <source>Find a person in the vault by any spelling…</source>
        <translation>Знайсці асобу ў сховішчы па любым напісанні імя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="459"/>
        <location filename="../../app/ui/editor_pages.py" line="603"/>
        <source>Add relation</source>
        <translation>Дадаць сваяка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="479"/>
        <source>Open their record</source>
        <translation>Адкрыць картку сваяка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="486"/>
        <source>&lt;b&gt;Entered on other records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Запісана ў іншых картках&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="490"/>
        <source>These ties name this person but are stored on the relative&apos;s record: open that record to change or remove them.</source>
        <translation>Гэтыя сувязі называюць гэтую асобу, але захоўваюцца ў картцы сваяка: каб змяніць або выдаліць іх, адкрыйце тую картку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="504"/>
        <source>&lt;b&gt;Add a relative&lt;/b&gt;</source>
        <translation>&lt;b&gt;Дадаць сваяка&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="512"/>
        <source>Relations</source>
        <translation>Сваякі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="523"/>
        <source>Double-click to open their record</source>
        <translation>Двайны пстрык адкрывае картку сваяка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="535"/>
        <source>%1 — %2 (entered on their record)</source>
        <translation>%1 — %2 (запісана ў картцы сваяка)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="582"/>
        <source>Nobody found.</source>
        <translation>Нікога не знойдзена.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="75"/>
        <source>Zoom out</source>
        <translation>Паменшыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="78"/>
        <source>Zoom in</source>
        <translation>Павялічыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="87"/>
        <source>Press Preview to see the report&apos;s pages here.</source>
        <translation>Націсніце «Папярэдні прагляд», каб убачыць тут старонкі справаздачы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="172"/>
        <source>Page %1 / %2</source>
        <translation>Старонка %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="185"/>
        <source>Preview failed: %1</source>
        <translation>Не ўдалося паказаць папярэдні прагляд: %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="200"/>
        <source>Monthly review</source>
        <translation>Штомесячны агляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="201"/>
        <source>Criminal prosecutions review</source>
        <translation>Агляд крымінальнага пераследу</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="209"/>
        <source>Your narrative for this section of the report…</source>
        <translation>Ваш тэкст для гэтага раздзела справаздачы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="210"/>
        <source>Save text</source>
        <translation>Захаваць тэкст</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="211"/>
        <source>Export PDF…</source>
        <translation>Экспарт у PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="212"/>
        <source>Export figures (JSON)…</source>
        <translation>Экспарт лічбаў (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="213"/>
        <source>Preview</source>
        <translation>Папярэдні прагляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="219"/>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="220"/>
        <source>Report:</source>
        <translation>Справаздача:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="221"/>
        <source>Report language:</source>
        <translation>Мова справаздачы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="222"/>
        <source>Section:</source>
        <translation>Раздзел:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="301"/>
        <source>Text saved in the vault (encrypted).</source>
        <translation>Тэкст захаваны ў сховішчы (зашыфравана).</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="308"/>
        <source>Export is not encrypted</source>
        <translation>Экспарт не зашыфраваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="310"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it off this laptop and delete it after publishing. Continue?</source>
        <translation>Экспартаваны файл НЕ зашыфраваны: яго можа прачытаць кожны, у каго ён апынецца. Не захоўвайце яго на гэтым ноўтбуку і выдаліце пасля публікацыі. Працягнуць?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="319"/>
        <source>Export report</source>
        <translation>Экспарт справаздачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="338"/>
        <location filename="../../app/ui/reports_tab.py" line="355"/>
        <source>Computing the report…</source>
        <translation>Падлік справаздачы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="366"/>
        <source>Written: %1</source>
        <translation>Запісана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="373"/>
        <source>Failed: %1</source>
        <translation>Памылка: %1</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="43"/>
        <source>Restore a backup</source>
        <translation>Аднаўленне з рэзервовай копіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="47"/>
        <source>Replace the vault with the backup from %1?

Everything entered after that moment is set aside (kept as a backup, so this can be undone). The vault locks; unlock it again to continue.

Type %2 to confirm.</source>
        <translation>Замяніць сховішча рэзервовай копіяй ад %1?

Усё, што было ўнесена пасля гэтага моманту, будзе адкладзена (захавана як рэзервовая копія, таму гэта можна адмяніць). Сховішча заблакуецца; каб працягнуць, разблакуйце яго зноў.

Каб пацвердзіць, увядзіце %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="61"/>
        <source>Restore</source>
        <translation>Аднавіць</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="38"/>
        <source>Publication</source>
        <translation>Выданне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="39"/>
        <source>Link</source>
        <translation>Спасылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="40"/>
        <source>Published on</source>
        <translation>Дата публікацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="43"/>
        <source>Reliability</source>
        <translation>Надзейнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="46"/>
        <source>Cited for</source>
        <translation>Пра што</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="47"/>
        <source>Note</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="50"/>
        <source>Add a source</source>
        <translation>Дадаць крыніцу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="51"/>
        <source>Remove source</source>
        <translation>Выдаліць крыніцу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="59"/>
        <source>Where the facts in this record come from: a publication, a link or both. A source can be cited for the person as a whole, for one case or for one event. The same source may be cited in other records; a change here shows there too.</source>
        <translation>Адкуль узяты звесткі ў гэтай картцы: выданне, спасылка або абое. Крыніца можа адносіцца да асобы ў цэлым, да адной справы або да адной падзеі. Тую ж крыніцу можна згадваць у іншых картках; змены тут будуць бачныя і там.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="70"/>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="74"/>
        <source>e.g. Viasna</source>
        <translation>напр. Вясна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="97"/>
        <location filename="../../app/ui/editor_sources.py" line="114"/>
        <source>The person</source>
        <translation>Асоба ў цэлым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="102"/>
        <location filename="../../app/ui/editor_sources.py" line="120"/>
        <source>Case %1</source>
        <translation>Справа %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="103"/>
        <source>A case no longer in this record</source>
        <translation>Справа, якой ужо няма ў картцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="108"/>
        <source>An event no longer in this record</source>
        <translation>Падзея, якой ужо няма ў картцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="113"/>
        <source>Save the person first to cite a source for it.</source>
        <translation>Каб спаслацца на крыніцу, спачатку захавайце картку.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="37"/>
        <source>Save the import template</source>
        <translation>Захаваць шаблон для імпарту</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExporter</name>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="64"/>
        <source>Export is not encrypted</source>
        <translation>Экспарт не зашыфраваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="66"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read every name in it. Keep it on an encrypted drive and delete it when done. Continue?</source>
        <translation>Экспартаваны файл НЕ зашыфраваны: кожны, у каго ён апынецца, зможа прачытаць усе імёны ў ім. Захоўвайце яго на зашыфраваным дыску і выдаліце, калі скончыце. Працягнуць?</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="78"/>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Табліца, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="79"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Кніга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="80"/>
        <source>Full archive, JSON (*.json)</source>
        <translation>Поўны архіў, JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="85"/>
        <source>Export spreadsheet</source>
        <translation>Экспарт табліцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="85"/>
        <source>Export the current list</source>
        <translation>Экспарт бягучага спісу</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="334"/>
        <source>No status periods recorded.</source>
        <translation>Перыяды статусаў не запісаны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="339"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="341"/>
        <source>Start unknown</source>
        <translation>Пачатак невядомы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="347"/>
        <source>Since</source>
        <translation>Пачатак</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="348"/>
        <source>Until</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="349"/>
        <source>Note</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="352"/>
        <source>Add a status period</source>
        <translation>Дадаць перыяд статусу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="353"/>
        <source>Remove period</source>
        <translation>Выдаліць перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="361"/>
        <source>“Until” is the first day without the status; leave it empty while the status holds. Tick “Start unknown” when the sources do not say when it began: the person still counts on every report date.</source>
        <translation>«Заканчэнне» — першы дзень без статусу; пакуль статус захоўваецца, пакіньце яго пустым. Адзначце «Пачатак невядомы», калі крыніцы не паведамляюць, калі статус пачаўся: асоба ўсё роўна ўлічваецца на кожную дату справаздачы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="373"/>
        <source>Status timeline</source>
        <translation>Храналогія статусаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="384"/>
        <source>unknown start</source>
        <translation>пачатак невядомы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="386"/>
        <source>ongoing</source>
        <translation>па цяперашні час</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="53"/>
        <source>Device</source>
        <translation>Прылада</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="53"/>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="53"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="55"/>
        <source>Save my device card…</source>
        <translation>Захаваць картку маёй прылады…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="56"/>
        <source>Add a team member…</source>
        <translation>Дадаць удзельніка каманды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="57"/>
        <source>Write changes to a folder (USB stick)…</source>
        <translation>Запісаць змены ў папку (флэшка)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="58"/>
        <source>Import a bundle…</source>
        <translation>Імпартаваць пакет…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="67"/>
        <source>Record</source>
        <translation>Запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="68"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="69"/>
        <source>Kept value</source>
        <translation>Захаванае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="70"/>
        <source>Other value</source>
        <translation>Іншае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="71"/>
        <source>Other device</source>
        <translation>Іншая прылада</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="74"/>
        <source>Keep the kept value</source>
        <translation>Пакінуць захаванае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="75"/>
        <source>Use the other value</source>
        <translation>Узяць іншае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="77"/>
        <source>Team</source>
        <translation>Каманда</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="85"/>
        <source>Exchange</source>
        <translation>Абмен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="90"/>
        <source>Conflicts</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="138"/>
        <source>This device</source>
        <translation>Гэтая прылада</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="140"/>
        <source> (this device)</source>
        <translation> (гэтая прылада)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="141"/>
        <source>active</source>
        <translation>дзейная</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="141"/>
        <source>revoked</source>
        <translation>адкліканая</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="147"/>
        <source>(deleted)</source>
        <translation>(выдалена)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="159"/>
        <source>Working…</source>
        <translation>Выконваецца…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="182"/>
        <source>Device card saved. Fingerprint: %1</source>
        <translation>Картка прылады захавана. Адбітак: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="190"/>
        <source>Save device card</source>
        <translation>Захаваць картку прылады</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="206"/>
        <source>Add a team member</source>
        <translation>Дадаць удзельніка каманды</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="208"/>
        <source>Add “%1”? Compare this fingerprint with the member by phone or in person before saying yes:

%2</source>
        <translation>Дадаць «%1»? Перш чым пагадзіцца, звярыце гэты адбітак з удзельнікам па тэлефоне або асабіста:

%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="219"/>
        <source>%1 added to the team.</source>
        <translation>%1: дададзена ў каманду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="224"/>
        <source>Open a device card</source>
        <translation>Адкрыць картку прылады</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="234"/>
        <source>%1 changes written to %2</source>
        <translation>Змен запісана: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="243"/>
        <source>Choose the USB stick folder</source>
        <translation>Абярыце папку на флэшцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="264"/>
        <source>Import a bundle</source>
        <translation>Імпартаваць пакет</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="265"/>
        <source>Letapis bundles (*.ltbundle)</source>
        <translation>Пакеты Letapis (*.ltbundle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="279"/>
        <source>Conflict resolved; the choice will sync to the team.</source>
        <translation>Канфлікт вырашаны; выбар трапіць да каманды пры сінхранізацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="284"/>
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
