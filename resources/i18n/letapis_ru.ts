<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="722"/>
        <source>Add a charge: type 361-1 or “extremist formation”</source>
        <translation>Добавить обвинение: введите 361-1 или «экстремистского формирования»</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="746"/>
        <source>No article matches “%1”.</source>
        <translation>Ни одна статья не соответствует «%1».</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="63"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="74"/>
        <source>Add a file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="77"/>
        <source>Save a decrypted copy…</source>
        <translation>Сохранить расшифрованную копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="80"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="94"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="108"/>
        <source>Files are stored encrypted inside the vault, at once: they do not wait for the Save button.</source>
        <translation>Файлы сразу сохраняются в хранилище в зашифрованном виде: они не ждут нажатия кнопки «Сохранить».</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="112"/>
        <source>Save the person first; then files can be attached.</source>
        <translation>Сначала сохраните карточку; затем можно будет прикрепить файлы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="172"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="182"/>
        <source>Storing %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="192"/>
        <source>Stored encrypted in the vault.</source>
        <translation>Сохранено в хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="204"/>
        <location filename="../../app/ui/editor_attachments.py" line="216"/>
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="206"/>
        <source>The copy of “%1” will NOT be encrypted. Anyone with access to the place you save it to can read it, and the operating system may index or preview it. Save it only to an encrypted disk and delete it when done.</source>
        <translation>Копия «%1» НЕ будет зашифрована. Любой, у кого есть доступ к месту, куда вы её сохраните, сможет её прочитать, а операционная система может её проиндексировать или показать её предпросмотр. Сохраняйте её только на зашифрованный диск и удалите, когда закончите.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="223"/>
        <source>Decrypted copy saved to %1. It is not encrypted.</source>
        <translation>Расшифрованная копия сохранена в %1. Она не зашифрована.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="235"/>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_attachments.py" line="236"/>
        <source>Remove “%1” from this person’s record?</source>
        <translation>Удалить «%1» из карточки этого человека?</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="46"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="187"/>
        <source>Add a case</source>
        <translation>Добавить дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="188"/>
        <source>Remove case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="197"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="198"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="199"/>
        <source>Opened on</source>
        <translation>Возбуждено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="200"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="201"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="206"/>
        <source>Trial and verdict</source>
        <translation>Суд и приговор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="216"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="220"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="221"/>
        <source>Verdict on</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="222"/>
        <source>Tried in absentia</source>
        <translation>Суд заочно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="226"/>
        <source>Special proceedings (against an absent accused)</source>
        <translation>Спецпроизводство (в отношении отсутствующего обвиняемого)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="228"/>
        <source>Closed hearing</source>
        <translation>Закрытое судебное заседание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="242"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="243"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="254"/>
        <source>Type</source>
        <translation>Вид наказания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="257"/>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="258"/>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="261"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="263"/>
        <source> base amounts</source>
        <translation> базовых величин</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="266"/>
        <source>Term starts on</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="269"/>
        <source>Credited custody</source>
        <translation>Зачёт времени под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="270"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="274"/>
        <source>Extends (Art. 411)</source>
        <translation>Продлевает (ст. 411)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="282"/>
        <source>The day the term starts running: usually the day of detention, with no credited days; or the day the verdict took force, with the custody credited.</source>
        <translation>День, с которого исчисляется срок: обычно день задержания, без зачёта дней; или день вступления приговора в законную силу, с зачётом времени под стражей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="292"/>
        <source>Expected release</source>
        <translation>Ожидаемое освобождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="300"/>
        <source>Sentences</source>
        <translation>Наказания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="306"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="308"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="318"/>
        <source>Add a case to record its charges, the trial and the sentence.</source>
        <translation>Добавьте дело, чтобы внести обвинения, суд и наказание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="332"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="387"/>
        <source>Save the person first to link it.</source>
        <translation>Чтобы выбрать это наказание, сначала сохраните карточку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="436"/>
        <source>Not applicable to a fine</source>
        <translation>Не применяется к штрафу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="438"/>
        <source>Enter the day the term starts to compute it</source>
        <translation>Введите начало срока, чтобы рассчитать дату</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/editor_cases.py" line="446"/>
        <source>(with %n Art. 411 extension(s))</source>
        <translation>
            <numerusform>(с %n продлением по ст. 411)</numerusform>
            <numerusform>(с %n продлениями по ст. 411)</numerusform>
            <numerusform>(с %n продлениями по ст. 411)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="461"/>
        <source>Lengthens an earlier sentence: release moves to %1</source>
        <translation>Продлевает ранее назначенное наказание: освобождение переносится на %1</translation>
    </message>
</context>
<context>
    <name>ChargeList</name>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="108"/>
        <source>Remove charge</source>
        <translation>Удалить обвинение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="149"/>
        <source>%1 is already charged in this case.</source>
        <translation>Обвинение по %1 в этом деле уже есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="158"/>
        <source>Add charge</source>
        <translation>Добавить обвинение</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="563"/>
        <source>Unknown: %1</source>
        <translation>Неизвестно: %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="196"/>
        <source>Create your encrypted vault</source>
        <translation>Создайте зашифрованное хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="202"/>
        <source>Letapis keeps every record encrypted in %1. Choose a long passphrase: a few unrelated words are easier to remember than symbols. Nobody can recover it for you.</source>
        <translation>Letapis хранит все записи в зашифрованном виде в %1. Выберите длинную парольную фразу: несколько не связанных между собой слов запомнить легче, чем набор символов. Никто не сможет восстановить её за вас.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="218"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="219"/>
        <source>Repeat:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="220"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="228"/>
        <source>too short</source>
        <translation>слишком короткая</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="229"/>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="230"/>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="231"/>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="232"/>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="237"/>
        <source>At least %1 characters; 16 or more recommended.</source>
        <translation>Не менее %1 символов; рекомендуется 16 и более.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="245"/>
        <source>The passphrase is too short.</source>
        <translation>Парольная фраза слишком короткая.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="248"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>CustodyPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="254"/>
        <source>Detained on</source>
        <translation>Дата задержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="257"/>
        <source>Held in</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="260"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="261"/>
        <source>Released on</source>
        <translation>Дата освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="264"/>
        <source>Why released</source>
        <translation>Причина освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="267"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="270"/>
        <source>Add a custody period</source>
        <translation>Добавить период заключения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="271"/>
        <source>Remove period</source>
        <translation>Удалить период</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="279"/>
        <source>One row per custody period, from detention to release. Leave “Released on” empty while the person is held; a date known only to the month or year may be typed as 05.2021 or 2021.</source>
        <translation>Одна строка на каждый период заключения — от задержания до освобождения. Пока человек под стражей, оставьте «Дата освобождения» пустой; дату, известную только с точностью до месяца или года, можно ввести как 05.2021 или 2021.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="289"/>
        <source>Custody</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="297"/>
        <source>Save the person first to link this case.</source>
        <translation>Чтобы выбрать это дело, сначала сохраните карточку.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="101"/>
        <source>Figures on:</source>
        <translation>Данные на:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="105"/>
        <source>political prisoners held</source>
        <translation>политзаключённых за решёткой</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="106"/>
        <source>of them women</source>
        <translation>из них женщин</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="107"/>
        <source>held incommunicado</source>
        <translation>в режиме инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="108"/>
        <source>recognised this month</source>
        <translation>признаны в этом месяце</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="109"/>
        <source>released this month</source>
        <translation>освобождены в этом месяце</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="118"/>
        <source>Political prisoners by region</source>
        <translation>Политзаключённые по регионам</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="139"/>
        <source>Unknown region</source>
        <translation>Регион неизвестен</translation>
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
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="406"/>
        <source>Type the full date: day, month and year.</source>
        <translation>Введите полную дату: день, месяц и год.</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="39"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="40"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="41"/>
        <location filename="../../app/ui/editor_labels.py" line="49"/>
        <location filename="../../app/ui/editor_labels.py" line="76"/>
        <location filename="../../app/ui/editor_labels.py" line="90"/>
        <location filename="../../app/ui/editor_labels.py" line="97"/>
        <location filename="../../app/ui/editor_labels.py" line="105"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="42"/>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="43"/>
        <source>Publish the name</source>
        <translation>Публиковать имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="44"/>
        <source>Anonymise in publications</source>
        <translation>Анонимизировать в публикациях</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="45"/>
        <source>Never publish</source>
        <translation>Никогда не публиковать</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="46"/>
        <source>Belarusian</source>
        <translation>Белорусское</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="47"/>
        <source>Russian</source>
        <translation>Русское</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="48"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="50"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="51"/>
        <source>Human-rights defender</source>
        <translation>Правозащитник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="52"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="53"/>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="54"/>
        <source>Pensioner</source>
        <translation>Пенсионер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="55"/>
        <source>Person with a disability</source>
        <translation>Человек с инвалидностью</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="56"/>
        <source>Parent of many children</source>
        <translation>Многодетный родитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="57"/>
        <source>Politician</source>
        <translation>Политик</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="58"/>
        <source>Activist</source>
        <translation>Активист</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="59"/>
        <source>Cultural figure</source>
        <translation>Деятель культуры</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="60"/>
        <source>Religious figure</source>
        <translation>Религиозный деятель</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="61"/>
        <source>Spouse</source>
        <translation>Супруг / супруга</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="62"/>
        <source>Parent</source>
        <translation>Отец / мать</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="63"/>
        <source>Child</source>
        <translation>Сын / дочь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="64"/>
        <source>Sibling</source>
        <translation>Брат / сестра</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="65"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="66"/>
        <source>Search</source>
        <translation>Обыск</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="67"/>
        <source>Administrative detention</source>
        <translation>Административное задержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="68"/>
        <source>Criminal detention</source>
        <translation>Задержание по уголовному делу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="69"/>
        <source>Interrogation</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="70"/>
        <source>Ill-treatment or torture</source>
        <translation>Жестокое обращение или пытки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="71"/>
        <source>Pressure on relatives</source>
        <translation>Давление на родственников</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="72"/>
        <source>Dismissal</source>
        <translation>Увольнение с работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="73"/>
        <source>Forced exile</source>
        <translation>Вынужденная эмиграция</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="74"/>
        <source>Property seizure</source>
        <translation>Арест имущества</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="75"/>
        <source>Exit ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="77"/>
        <source>Criminal</source>
        <translation>Уголовное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="78"/>
        <source>Administrative</source>
        <translation>Административное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="79"/>
        <source>Under investigation</source>
        <translation>Идёт следствие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="80"/>
        <source>In court</source>
        <translation>В суде</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="81"/>
        <source>Convicted</source>
        <translation>Обвинительный приговор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="82"/>
        <location filename="../../app/ui/editor_labels.py" line="94"/>
        <source>Acquitted</source>
        <translation>Оправдательный приговор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="83"/>
        <source>Closed</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="84"/>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="85"/>
        <source>Temporary detention centre</source>
        <translation>Изолятор (ИВС)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="86"/>
        <source>Pre-trial centre (SIZO)</source>
        <translation>Следственный изолятор (СИЗО)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="87"/>
        <source>Colony</source>
        <translation>Колония</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="88"/>
        <location filename="../../app/ui/editor_labels.py" line="109"/>
        <source>Prison</source>
        <translation>Тюрьма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="89"/>
        <source>Open-type facility</source>
        <translation>Учреждение открытого типа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="91"/>
        <source>Served the term</source>
        <translation>Срок отбыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="92"/>
        <source>Pardoned</source>
        <translation>Помилование</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="93"/>
        <source>Exchanged / deported</source>
        <translation>Обмен / депортация</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="95"/>
        <source>Preventive measure changed</source>
        <translation>Смена меры пресечения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="96"/>
        <source>Died in custody</source>
        <translation>Смерть под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="98"/>
        <source>Imprisonment</source>
        <translation>Лишение свободы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="99"/>
        <source>Restricted freedom (open facility)</source>
        <translation>Ограничение свободы (с направлением)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="100"/>
        <source>Restricted freedom (at home)</source>
        <translation>Ограничение свободы (без направления)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="101"/>
        <source>Home confinement</source>
        <translation>Домашний арест</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="102"/>
        <source>Arrest</source>
        <translation>Арест</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="103"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="104"/>
        <source>Correctional labour</source>
        <translation>Исправительные работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="106"/>
        <source>General regime</source>
        <translation>Общий режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="107"/>
        <source>Strict regime</source>
        <translation>Усиленный режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="108"/>
        <source>Special regime</source>
        <translation>Особый режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="110"/>
        <source>No regime</source>
        <translation>Без режима</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="111"/>
        <source>Political prisoner</source>
        <translation>Политзаключённый</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="112"/>
        <source>Incommunicado</source>
        <translation>Инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="113"/>
        <source>Punishment cell (SHIZO)</source>
        <translation>В ШИЗО</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="114"/>
        <source>Cell-type premises (PKT)</source>
        <translation>В ПКТ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="115"/>
        <source>Transferred to prison regime</source>
        <translation>Перевод в тюрьму</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="116"/>
        <source>On the “extremist” list</source>
        <translation>В списке «экстремистов»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="117"/>
        <source>On the “terrorist” list</source>
        <translation>В списке «террористов»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="118"/>
        <source>Serious illness</source>
        <translation>Тяжёлое заболевание</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="548"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="549"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="550"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="551"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="554"/>
        <source>Add an event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="555"/>
        <source>Remove event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="563"/>
        <source>Acts of repression against this person (searches, detentions, interrogations, pressure on relatives...). Monthly reports count them.</source>
        <translation>Репрессии против этого человека (обыски, задержания, допросы, давление на родственников...). Их учитывают ежемесячные отчёты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="572"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>Search names in any script (Ctrl+F)…</source>
        <translation>Поиск по имени в любом написании (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Any gender</source>
        <translation>Любой пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>Political prisoner</source>
        <translation>Политзаключённые</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Incommunicado</source>
        <translation>Инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>Released</source>
        <translation>Освобождённые</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>Status on this date</source>
        <translation>Статус на эту дату</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Any court</source>
        <translation>Любой суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Article, e.g. 342 or 361-1</source>
        <translation>Статья, напр. 342 или 361-1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Latest event from</source>
        <translation>Последнее событие с</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Latest event to</source>
        <translation>Последнее событие по</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
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
        <translation>редактирование: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Delete %1</source>
        <translation>удаление: %1</translation>
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
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>&amp;New person</source>
        <translation>&amp;Новая карточка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366"/>
        <source>&amp;Open person</source>
        <translation>О&amp;ткрыть карточку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>&amp;Delete person…</source>
        <translation>&amp;Удалить карточку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373"/>
        <source>&amp;Copy name</source>
        <translation>&amp;Копировать имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384"/>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <source>Re&amp;ports</source>
        <translation>От&amp;чёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>&amp;About Letapis</source>
        <translation>&amp;О программе Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="446"/>
        <source>%1 persons match</source>
        <translation>Найдено человек: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="471"/>
        <source>%1 persons · %2 cases · %3 charges</source>
        <translation>Людей: %1 · дел: %2 · обвинений: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="530"/>
        <source>Delete person</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531"/>
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation>Удалить карточку %1? Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="546"/>
        <source>Encrypted backup written: %1</source>
        <translation>Зашифрованная резервная копия создана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>About Letapis</source>
        <translation>О программе Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>&lt;b&gt;Letapis&lt;/b&gt; %1&lt;br&gt;An offline, encrypted case manager for human-rights documenters.&lt;br&gt;Licence: GNU GPL v3 or later.</source>
        <translation>&lt;b&gt;Letapis&lt;/b&gt; %1&lt;br&gt;Зашифрованный менеджер дел для правозащитников-документаторов, работающий без интернета.&lt;br&gt;Лицензия: GNU GPL v3 или более поздняя.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="593"/>
        <source>Free notes about this person, kept inside the encrypted vault.</source>
        <translation>Произвольные заметки об этом человеке. Хранятся в зашифрованном хранилище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="598"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="321"/>
        <source>DD.MM.YYYY, MM.YYYY or YYYY</source>
        <translation>дд.мм.гггг, мм.гггг или гггг</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="344"/>
        <source>The year must be between %1 and %2.</source>
        <translation>Год должен быть от %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="347"/>
        <source>“%1” is not a real date: check the day and the month.</source>
        <translation>«%1» — такой даты не существует: проверьте день и месяц.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="350"/>
        <source>“%1” is not a date: type DD.MM.YYYY, MM.YYYY or YYYY.</source>
        <translation>«%1» — не дата: введите дд.мм.гггг, мм.гггг или гггг.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../app/ui/person_editor.py" line="183"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="203"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="208"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="216"/>
        <location filename="../../app/ui/person_editor.py" line="285"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="257"/>
        <source>Opening the record…</source>
        <translation>Открытие карточки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="274"/>
        <source>Delete person…</source>
        <translation>Удалить карточку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="287"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="289"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="361"/>
        <source>This person is no longer in the vault (deleted, perhaps on another device).</source>
        <translation>Этого человека больше нет в хранилище (карточку удалили — возможно, на другом устройстве).</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="366"/>
        <source>The record could not be opened: %1</source>
        <translation>Не удалось открыть карточку: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="420"/>
        <source>New person</source>
        <translation>Новая карточка</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="420"/>
        <source>Unnamed</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="422"/>
        <source>Person</source>
        <translation>Карточка человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="426"/>
        <source>Person record — Letapis</source>
        <translation>Карточка человека — Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="433"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="435"/>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/person_editor.py" line="438"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>Перед сохранением нужно исправить %n ошибку</numerusform>
            <numerusform>Перед сохранением нужно исправить %n ошибки</numerusform>
            <numerusform>Перед сохранением нужно исправить %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="441"/>
        <source>A field holds text that is not valid.</source>
        <translation>В одном из полей — недопустимый текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="443"/>
        <location filename="../../app/ui/person_editor.py" line="595"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="457"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="459"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="462"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="464"/>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="519"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="534"/>
        <source>Not saved: %1
Nothing was written to the vault and your edits are still here; fix the problem and save again.</source>
        <translation>Не сохранено: %1
В хранилище ничего не записано, и ваши изменения никуда не делись; исправьте ошибку и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="547"/>
        <source>Delete person</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="549"/>
        <source>Delete the record of %1 with all cases, custody periods and statuses?

It disappears from lists and reports on every device after the next sync. The main window can undo this.</source>
        <translation>Удалить карточку %1 со всеми делами, периодами заключения и статусами?

После следующей синхронизации она исчезнет из списков и отчётов на всех устройствах. Отменить удаление можно в главном окне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="552"/>
        <location filename="../../app/ui/person_editor.py" line="597"/>
        <source>this person</source>
        <translation>этого человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="579"/>
        <source>Not deleted: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="596"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Сохранить изменения в карточке %1 перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="610"/>
        <source>The record has problems and cannot be saved yet: fix them or choose Discard.</source>
        <translation>В карточке есть ошибки, и её пока нельзя сохранить: исправьте их или выберите «Отклонить».</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="170"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="177"/>
        <source>Script</source>
        <translation>Написание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="178"/>
        <source>Primary</source>
        <translation>Основное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="181"/>
        <source>Add a spelling</source>
        <translation>Добавить написание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="182"/>
        <source>Remove spelling</source>
        <translation>Удалить написание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="192"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="193"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="196"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="200"/>
        <source>City or town</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="201"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="204"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="211"/>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="214"/>
        <source>Health concerns</source>
        <translation>Проблемы со здоровьем</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="217"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="224"/>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../app/ui/person_model.py" line="151"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="151"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="151"/>
        <source>Custody</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="151"/>
        <source>Latest event</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="185"/>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="185"/>
        <source>Released</source>
        <translation>На свободе</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../app/ui/editor_binding.py" line="402"/>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_binding.py" line="450"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="275"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="279"/>
        <source>Write this recovery key on paper and keep it somewhere safe, away from this laptop. It opens the vault if you forget your passphrase. It is shown only once.</source>
        <translation>Запишите этот ключ восстановления на бумаге и храните его в надёжном месте, подальше от этого ноутбука. Им можно открыть хранилище, если вы забудете парольную фразу. Он показывается только один раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="295"/>
        <source>I have written down the recovery key</source>
        <translation>Ключ восстановления записан</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="297"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>RelationsPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="421"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="424"/>
        <location filename="../../app/ui/editor_pages.py" line="453"/>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="430"/>
        <source>Remove relation</source>
        <translation>Удалить родственника</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="435"/>
        <source>Find a person in the vault by any spelling…</source>
        <translation>Найти человека в хранилище по любому написанию имени…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="443"/>
        <location filename="../../app/ui/editor_pages.py" line="531"/>
        <source>Add relation</source>
        <translation>Добавить родственника</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="461"/>
        <source>&lt;b&gt;Add a relative&lt;/b&gt;</source>
        <translation>&lt;b&gt;Добавить родственника&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="469"/>
        <source>Relations</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="510"/>
        <source>Nobody found.</source>
        <translation>Никого не найдено.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="47"/>
        <source>Monthly review</source>
        <translation>Ежемесячный обзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="48"/>
        <source>Criminal prosecutions review</source>
        <translation>Обзор уголовного преследования</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="56"/>
        <source>Your narrative for this section of the report…</source>
        <translation>Ваш текст для этого раздела отчёта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="57"/>
        <source>Save text</source>
        <translation>Сохранить текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="58"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="59"/>
        <source>Export figures (JSON)…</source>
        <translation>Экспорт цифр (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="64"/>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="65"/>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="66"/>
        <source>Report language:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="67"/>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="134"/>
        <source>Text saved in the vault (encrypted).</source>
        <translation>Текст сохранён в хранилище (зашифровано).</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="141"/>
        <source>Export is not encrypted</source>
        <translation>Экспорт не зашифрован</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="143"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it off this laptop and delete it after publishing. Continue?</source>
        <translation>Экспортированный файл НЕ зашифрован: его может прочитать любой, к кому он попадёт. Не храните его на этом ноутбуке и удалите после публикации. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="152"/>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="168"/>
        <source>Computing the report…</source>
        <translation>Подсчёт отчёта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="179"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="185"/>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="326"/>
        <source>No status periods recorded.</source>
        <translation>Периоды статусов не внесены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="331"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="333"/>
        <source>Start unknown</source>
        <translation>Начало неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="339"/>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="340"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="341"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="344"/>
        <source>Add a status period</source>
        <translation>Добавить период статуса</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="345"/>
        <source>Remove period</source>
        <translation>Удалить период</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="353"/>
        <source>“Until” is the first day without the status; leave it empty while the status holds. Tick “Start unknown” when the sources do not say when it began: the person still counts on every report date.</source>
        <translation>«Окончание» — первый день без статуса; пока статус действует, оставьте его пустым. Отметьте «Начало неизвестно», если источники не сообщают, когда статус начался: человек всё равно учитывается на каждую отчётную дату.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="365"/>
        <source>Status timeline</source>
        <translation>Хронология статусов</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="376"/>
        <source>unknown start</source>
        <translation>начало неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="378"/>
        <source>ongoing</source>
        <translation>по настоящее время</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="52"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="52"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="52"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="54"/>
        <source>Save my device card…</source>
        <translation>Сохранить карточку моего устройства…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="55"/>
        <source>Add a team member…</source>
        <translation>Добавить участника команды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="56"/>
        <source>Write changes to a folder (USB stick)…</source>
        <translation>Записать изменения в папку (флешка)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="57"/>
        <source>Import a bundle…</source>
        <translation>Импортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="66"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="67"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="68"/>
        <source>Kept value</source>
        <translation>Сохранённое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="69"/>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="70"/>
        <source>Other device</source>
        <translation>Другое устройство</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="73"/>
        <source>Keep the kept value</source>
        <translation>Оставить сохранённое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="74"/>
        <source>Use the other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="76"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="84"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="89"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="137"/>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="139"/>
        <source> (this device)</source>
        <translation> (это устройство)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="140"/>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="140"/>
        <source>revoked</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="146"/>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="158"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="181"/>
        <source>Device card saved. Fingerprint: %1</source>
        <translation>Карточка устройства сохранена. Отпечаток: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="189"/>
        <source>Save device card</source>
        <translation>Сохранить карточку устройства</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="205"/>
        <source>Add a team member</source>
        <translation>Добавить участника команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="207"/>
        <source>Add “%1”? Compare this fingerprint with the member by phone or in person before saying yes:

%2</source>
        <translation>Добавить «%1»? Прежде чем согласиться, сверьте этот отпечаток с участником по телефону или лично:

%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="218"/>
        <source>%1 added to the team.</source>
        <translation>%1: добавлено в команду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="223"/>
        <source>Open a device card</source>
        <translation>Открыть карточку устройства</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="233"/>
        <source>%1 changes written to %2</source>
        <translation>Изменений записано: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="242"/>
        <source>Choose the USB stick folder</source>
        <translation>Выберите папку на флешке</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="262"/>
        <source>Import a bundle</source>
        <translation>Импортировать пакет</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="263"/>
        <source>Letapis bundles (*.ltbundle)</source>
        <translation>Пакеты Letapis (*.ltbundle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="277"/>
        <source>Conflict resolved; the choice will sync to the team.</source>
        <translation>Конфликт разрешён; выбор попадёт к команде при синхронизации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="282"/>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
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
        <translation>«%1» — не срок: пишите так: 4y 6m, 18m или 10d (y — годы, m — месяцы, d — дни)</translation>
    </message>
</context>
<context>
    <name>TermWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets.py" line="466"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets.py" line="468"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets.py" line="470"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="471"/>
        <source>no term</source>
        <translation>без срока</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="109"/>
        <source>Unlock Letapis</source>
        <translation>Разблокировать Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="113"/>
        <source>Enter the passphrase of the vault in %1.</source>
        <translation>Введите парольную фразу хранилища в %1.</translation>
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
        <translation>Не помню: использовать ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="127"/>
        <source>Recovery key:</source>
        <translation>Ключ восстановления:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="135"/>
        <source>Enter your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="166"/>
        <source>The vault could not be opened: %1</source>
        <translation>Не удалось открыть хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="174"/>
        <source>Restore a backup?</source>
        <translation>Восстановить из резервной копии?</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="175"/>
        <source>Restore the latest encrypted backup (%1)? The damaged file is kept.</source>
        <translation>Восстановить из последней зашифрованной резервной копии (%1)? Повреждённый файл будет сохранён.</translation>
    </message>
</context>
</TS>
