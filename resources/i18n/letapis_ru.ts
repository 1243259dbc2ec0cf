<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="630"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="631"/>
        <source>Writing to the vault in one transaction.</source>
        <translation>Запись в хранилище одной транзакцией.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="652"/>
        <source>Importing… Cancel stops the import and writes nothing.</source>
        <translation>Импорт… «Отмена» останавливает импорт, и ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="667"/>
        <source>Imported %1 rows: %2 new persons, %3 updated, %4 unchanged.</source>
        <translation>Импортировано строк: %1. Новых людей: %2, обновлено: %3, без изменений: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="675"/>
        <source>%1 rejected rows were skipped:</source>
        <translation>Пропущено отклонённых строк: %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="687"/>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Импорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="689"/>
        <source>Import failed, nothing was written: %1</source>
        <translation>Импорт не удался, ничего не записано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="696"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
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
    <name>BackupsTab</name>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="90"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="90"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="90"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="90"/>
        <source>Checked</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="97"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="98"/>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="99"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="104"/>
        <source>Backups are encrypted with the vault&apos;s key and kept in the vault folder: one a day at unlock, one before every sync import and every upgrade. Letapis keeps the newest of each of the last 7 days and 4 weeks. Copy the vault folder to an encrypted disk to survive a lost laptop.</source>
        <translation>Резервные копии зашифрованы ключом хранилища и хранятся в его папке: одна в день при разблокировке, одна перед каждым импортом пакета синхронизации и каждым обновлением. Letapis хранит самую свежую копию за каждый из последних 7 дней и 4 недель. Чтобы не потерять данные вместе с ноутбуком, копируйте папку хранилища на зашифрованный диск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="152"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="153"/>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="154"/>
        <source>before a sync import</source>
        <translation>перед импортом пакета синхронизации</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="155"/>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="156"/>
        <source>set aside by a restore</source>
        <translation>сохранена перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="163"/>
        <source>good (checked now)</source>
        <translation>исправна (проверено сейчас)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="163"/>
        <source>DAMAGED</source>
        <translation>ПОВРЕЖДЕНА</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="164"/>
        <source>good (checked when written)</source>
        <translation>исправна (проверено при записи)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="164"/>
        <source>not checked</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="191"/>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="201"/>
        <source>Daily backup written.</source>
        <translation>Ежедневная резервная копия записана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="211"/>
        <source>Encrypted backup written: %1</source>
        <translation>Зашифрованная резервная копия записана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="213"/>
        <source>Writing an encrypted backup…</source>
        <translation>Запись зашифрованной резервной копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="226"/>
        <source>The backup %1 is damaged; do not restore it.</source>
        <translation>Резервная копия %1 повреждена; не восстанавливайте из неё.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="231"/>
        <source>The backup %1 is good.</source>
        <translation>Резервная копия %1 исправна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="233"/>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="251"/>
        <source>Restored; unlock the vault to continue.</source>
        <translation>Восстановлено; чтобы продолжить, разблокируйте хранилище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="255"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление из резервной копии…</translation>
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
        <location filename="../../app/ui/editor_cases.py" line="201"/>
        <source>Opened on</source>
        <translation>Возбуждено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="205"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="206"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="211"/>
        <source>Trial and verdict</source>
        <translation>Суд и приговор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="221"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="225"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="227"/>
        <source>Verdict on</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="229"/>
        <source>Tried in absentia</source>
        <translation>Суд заочно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="233"/>
        <source>Special proceedings (against an absent accused)</source>
        <translation>Спецпроизводство (в отношении отсутствующего обвиняемого)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="235"/>
        <source>Closed hearing</source>
        <translation>Закрытое судебное заседание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="249"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="250"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="261"/>
        <source>Type</source>
        <translation>Вид наказания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="264"/>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="265"/>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="268"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="270"/>
        <source> base amounts</source>
        <translation> базовых величин</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="273"/>
        <source>Term starts on</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="276"/>
        <source>Credited custody</source>
        <translation>Зачёт времени под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="277"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="281"/>
        <source>Extends (Art. 411)</source>
        <translation>Продлевает (ст. 411)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="289"/>
        <source>The day the term starts running: usually the day of detention, with no credited days; or the day the verdict took force, with the custody credited.</source>
        <translation>День, с которого исчисляется срок: обычно день задержания, без зачёта дней; или день вступления приговора в законную силу, с зачётом времени под стражей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="299"/>
        <source>Expected release</source>
        <translation>Ожидаемое освобождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="307"/>
        <source>Sentences</source>
        <translation>Наказания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="313"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="315"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="325"/>
        <source>Add a case to record its charges, the trial and the sentence.</source>
        <translation>Добавьте дело, чтобы внести обвинения, суд и наказание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="339"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="394"/>
        <source>Save the person first to link it.</source>
        <translation>Чтобы выбрать это наказание, сначала сохраните карточку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="443"/>
        <source>Not applicable to a fine</source>
        <translation>Не применяется к штрафу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="445"/>
        <source>Enter the day the term starts to compute it</source>
        <translation>Введите начало срока, чтобы рассчитать дату</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/editor_cases.py" line="453"/>
        <source>(with %n Art. 411 extension(s))</source>
        <translation>
            <numerusform>(с %n продлением по ст. 411)</numerusform>
            <numerusform>(с %n продлениями по ст. 411)</numerusform>
            <numerusform>(с %n продлениями по ст. 411)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_cases.py" line="468"/>
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
        <location filename="../../app/ui/editor_pages.py" line="262"/>
        <source>Detained on</source>
        <translation>Дата задержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="265"/>
        <source>Held in</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="268"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="269"/>
        <source>Released on</source>
        <translation>Дата освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="272"/>
        <source>Why released</source>
        <translation>Причина освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="275"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="278"/>
        <source>Add a custody period</source>
        <translation>Добавить период заключения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="279"/>
        <source>Remove period</source>
        <translation>Удалить период</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="287"/>
        <source>One row per custody period, from detention to release. Leave “Released on” empty while the person is held; a date known only to the month or year may be typed as 05.2021 or 2021.</source>
        <translation>Одна строка на каждый период заключения — от задержания до освобождения. Пока человек под стражей, оставьте «Дата освобождения» пустой; дату, известную только с точностью до месяца или года, можно ввести как 05.2021 или 2021.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="297"/>
        <source>Custody</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="305"/>
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
    <name>DestroyKeysDialog</name>
    <message>
        <location filename="../../app/ui/destroy_dialog.py" line="29"/>
        <source>Destroy the vault&apos;s keys</source>
        <translation>Уничтожить ключи хранилища</translation>
    </message>
    <message>
        <location filename="../../app/ui/destroy_dialog.py" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The vault&apos;s keys are overwritten and deleted and its encrypted files are removed. No passphrase and no recovery key will open this vault again. Its backups in the backups folder use the same keys and become unreadable too.&lt;/p&gt;&lt;p&gt;Copies of the vault folder kept elsewhere (another disk, a stick) have their own key file and are &lt;b&gt;not&lt;/b&gt; affected. Exported PDF, CSV and XLSX files are not encrypted and are not touched.&lt;/p&gt;&lt;p&gt;Letapis closes afterwards.&lt;/p&gt;&lt;p&gt;To confirm, type &lt;b&gt;%1&lt;/b&gt; or the vault folder&apos;s name (&lt;b&gt;%2&lt;/b&gt;):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Это нельзя отменить.&lt;/b&gt; Ключи хранилища будут перезаписаны и удалены, а его зашифрованные файлы — удалены. Ни парольная фраза, ни ключ восстановления больше не откроют это хранилище. Его резервные копии в папке резервных копий используют те же ключи и тоже станут нечитаемыми.&lt;/p&gt;&lt;p&gt;Копии папки хранилища, хранящиеся в другом месте (на другом диске, флешке), имеют собственный файл ключей, и их это &lt;b&gt;не&lt;/b&gt; затронет. Экспортированные файлы PDF, CSV и XLSX не зашифрованы и не будут затронуты.&lt;/p&gt;&lt;p&gt;После этого Letapis закроется.&lt;/p&gt;&lt;p&gt;Для подтверждения введите &lt;b&gt;%1&lt;/b&gt; или имя папки хранилища (&lt;b&gt;%2&lt;/b&gt;):&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/destroy_dialog.py" line="53"/>
        <source>Destroy keys</source>
        <translation>Уничтожить ключи</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="387"/>
        <source>Dry run</source>
        <translation>Пробный импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="388"/>
        <source>What the import would do. Nothing has been written yet.</source>
        <translation>Что сделает импорт. Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="396"/>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="397"/>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="398"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="399"/>
        <source>Updating</source>
        <translation>Обновления</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="400"/>
        <source>Already in the vault</source>
        <translation>Уже в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="404"/>
        <source>new</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="405"/>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="406"/>
        <source>already in the vault</source>
        <translation>уже в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="407"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="410"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="411"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="412"/>
        <source>Person key</source>
        <translation>Ключ человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="413"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="414"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="415"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="424"/>
        <source>Import the other rows and skip the rejected ones (partial import)</source>
        <translation>Импортировать остальные строки и пропустить отклонённые (частичный импорт)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="432"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="449"/>
        <source>Checking every row against the vault…</source>
        <translation>Проверка каждой строки по хранилищу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="482"/>
        <source>%1 rows: %2 new, %3 updating, %4 already in the vault, %5 rejected.</source>
        <translation>Строк: %1. Новых: %2, обновлений: %3, уже в хранилище: %4, отклонено: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="489"/>
        <source>New persons: %1, persons updated: %2. Possible duplicates to review: %3.</source>
        <translation>Новых людей: %1, обновлено людей: %2. Возможных дубликатов для проверки: %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="503"/>
        <source>%1 rows have errors (listed above with row, column and reason). Fix them in the file and start again, or import only the %2 other rows. Without your consent nothing is written.</source>
        <translation>Строк с ошибками: %1 (они перечислены выше со строкой, столбцом и причиной). Исправьте их в файле и начните заново или импортируйте только остальные строки (%2). Без вашего согласия ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="512"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="539"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="542"/>
        <source>These persons in the sheet have the same name (in any script) as someone in the vault or earlier in the sheet, and no birth date that tells them apart. Same person: the rows are attached to that person, whose filled-in fields are kept. New person: they are imported as someone else.</source>
        <translation>У этих людей из таблицы такое же имя (в любом написании), как у кого-то в хранилище или выше в таблице, и нет даты рождения, которая бы их различала. «Тот же человек»: строки присоединяются к этому человеку, и его заполненные поля сохраняются. «Новый человек»: они импортируются как другой человек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="549"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="552"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="553"/>
        <source>In the sheet</source>
        <translation>В таблице</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="554"/>
        <location filename="../../app/ui/import_wizard.py" line="556"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="555"/>
        <source>Matches</source>
        <translation>Совпадает с</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="557"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="558"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="576"/>
        <source>in the vault</source>
        <translation>в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="578"/>
        <source>earlier in the sheet (%1)</source>
        <translation>выше в таблице (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="582"/>
        <source>likely</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="582"/>
        <source>possible</source>
        <translation>возможно</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="594"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="595"/>
        <source>Same person (merge into existing)</source>
        <translation>Тот же человек (объединить с существующим)</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="40"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="41"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="42"/>
        <location filename="../../app/ui/editor_labels.py" line="50"/>
        <location filename="../../app/ui/editor_labels.py" line="77"/>
        <location filename="../../app/ui/editor_labels.py" line="91"/>
        <location filename="../../app/ui/editor_labels.py" line="98"/>
        <location filename="../../app/ui/editor_labels.py" line="106"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="43"/>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="44"/>
        <source>Publish the name</source>
        <translation>Публиковать имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="45"/>
        <source>Anonymise in publications</source>
        <translation>Анонимизировать в публикациях</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="46"/>
        <source>Never publish</source>
        <translation>Никогда не публиковать</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="47"/>
        <source>Belarusian</source>
        <translation>Белорусское</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="48"/>
        <source>Russian</source>
        <translation>Русское</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="49"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="51"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="52"/>
        <source>Human-rights defender</source>
        <translation>Правозащитник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="53"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="54"/>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="55"/>
        <source>Pensioner</source>
        <translation>Пенсионер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="56"/>
        <source>Person with a disability</source>
        <translation>Человек с инвалидностью</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="57"/>
        <source>Parent of many children</source>
        <translation>Многодетный родитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="58"/>
        <source>Politician</source>
        <translation>Политик</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="59"/>
        <source>Activist</source>
        <translation>Активист</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="60"/>
        <source>Cultural figure</source>
        <translation>Деятель культуры</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="61"/>
        <source>Religious figure</source>
        <translation>Религиозный деятель</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="62"/>
        <source>Spouse</source>
        <translation>Супруг / супруга</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="63"/>
        <source>Parent</source>
        <translation>Отец / мать</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="64"/>
        <source>Child</source>
        <translation>Сын / дочь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="65"/>
        <source>Sibling</source>
        <translation>Брат / сестра</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="66"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="67"/>
        <source>Search</source>
        <translation>Обыск</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="68"/>
        <source>Administrative detention</source>
        <translation>Административное задержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="69"/>
        <source>Criminal detention</source>
        <translation>Задержание по уголовному делу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="70"/>
        <source>Interrogation</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="71"/>
        <source>Ill-treatment or torture</source>
        <translation>Жестокое обращение или пытки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="72"/>
        <source>Pressure on relatives</source>
        <translation>Давление на родственников</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="73"/>
        <source>Dismissal</source>
        <translation>Увольнение с работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="74"/>
        <source>Forced exile</source>
        <translation>Вынужденная эмиграция</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="75"/>
        <source>Property seizure</source>
        <translation>Арест имущества</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="76"/>
        <source>Exit ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="78"/>
        <source>Criminal</source>
        <translation>Уголовное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="79"/>
        <source>Administrative</source>
        <translation>Административное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="80"/>
        <source>Under investigation</source>
        <translation>Идёт следствие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="81"/>
        <source>In court</source>
        <translation>В суде</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="82"/>
        <source>Convicted</source>
        <translation>Обвинительный приговор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="83"/>
        <location filename="../../app/ui/editor_labels.py" line="95"/>
        <source>Acquitted</source>
        <translation>Оправдательный приговор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="84"/>
        <source>Closed</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="85"/>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="86"/>
        <source>Temporary detention centre</source>
        <translation>Изолятор (ИВС)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="87"/>
        <source>Pre-trial centre (SIZO)</source>
        <translation>Следственный изолятор (СИЗО)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="88"/>
        <source>Colony</source>
        <translation>Колония</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="89"/>
        <location filename="../../app/ui/editor_labels.py" line="110"/>
        <source>Prison</source>
        <translation>Тюрьма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="90"/>
        <source>Open-type facility</source>
        <translation>Учреждение открытого типа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="92"/>
        <source>Served the term</source>
        <translation>Срок отбыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="93"/>
        <source>Pardoned</source>
        <translation>Помилование</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="94"/>
        <source>Exchanged / deported</source>
        <translation>Обмен / депортация</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="96"/>
        <source>Preventive measure changed</source>
        <translation>Смена меры пресечения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="97"/>
        <source>Died in custody</source>
        <translation>Смерть под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="99"/>
        <source>Imprisonment</source>
        <translation>Лишение свободы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="100"/>
        <source>Restricted freedom (open facility)</source>
        <translation>Ограничение свободы (с направлением)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="101"/>
        <source>Restricted freedom (at home)</source>
        <translation>Ограничение свободы (без направления)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="102"/>
        <source>Home confinement</source>
        <translation>Домашний арест</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="103"/>
        <source>Arrest</source>
        <translation>Арест</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="104"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="105"/>
        <source>Correctional labour</source>
        <translation>Исправительные работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="107"/>
        <source>General regime</source>
        <translation>Общий режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="108"/>
        <source>Strict regime</source>
        <translation>Усиленный режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="109"/>
        <source>Special regime</source>
        <translation>Особый режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="111"/>
        <source>No regime</source>
        <translation>Без режима</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="112"/>
        <source>Political prisoner</source>
        <translation>Политзаключённый</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="113"/>
        <source>Incommunicado</source>
        <translation>Инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="114"/>
        <source>Punishment cell (SHIZO)</source>
        <translation>В ШИЗО</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="115"/>
        <source>Cell-type premises (PKT)</source>
        <translation>В ПКТ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="116"/>
        <source>Transferred to prison regime</source>
        <translation>Перевод в тюрьму</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="117"/>
        <source>On the “extremist” list</source>
        <translation>В списке «экстремистов»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="118"/>
        <source>On the “terrorist” list</source>
        <translation>В списке «террористов»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="119"/>
        <source>Serious illness</source>
        <translation>Тяжёлое заболевание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="120"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="121"/>
        <source>Probable</source>
        <translation>Вероятно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_labels.py" line="122"/>
        <source>Not verified</source>
        <translation>Не проверено</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="620"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="621"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="622"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="623"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="626"/>
        <source>Add an event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="627"/>
        <source>Remove event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="635"/>
        <source>Acts of repression against this person (searches, detentions, interrogations, pressure on relatives...). Monthly reports count them.</source>
        <translation>Репрессии против этого человека (обыски, задержания, допросы, давление на родственников...). Их учитывают ежемесячные отчёты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="644"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="123"/>
        <source>Choose a spreadsheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="126"/>
        <source>CSV (any encoding and delimiter) or Excel .xlsx. Columns do not need the template&apos;s names: you map them in the next step.</source>
        <translation>CSV (в любой кодировке и с любым разделителем) или Excel .xlsx. Столбцам не обязательно иметь названия из шаблона: вы сопоставите их на следующем шаге.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="133"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="134"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="139"/>
        <source>Download template (CSV)…</source>
        <translation>Скачать шаблон (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="140"/>
        <source>Download template (XLSX)…</source>
        <translation>Скачать шаблон (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="151"/>
        <source>No sheet yet? Start from the template:</source>
        <translation>Таблицы ещё нет? Начните с шаблона:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="165"/>
        <source>Import spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="167"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="178"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="208"/>
        <source>Excel workbook, sheet “%1”.</source>
        <translation>Книга Excel, лист «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="211"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="212"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="213"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="214"/>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="218"/>
        <source>Detected encoding: %1. Delimiter: %2.</source>
        <translation>Определена кодировка: %1. Разделитель: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="223"/>
        <source>%1 data rows, %2 columns (header on row %3).</source>
        <translation>Строк с данными: %1, столбцов: %2 (заголовок в строке %3).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>Search names in any script (Ctrl+F)…</source>
        <translation>Поиск по имени в любом написании (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>Any gender</source>
        <translation>Любой пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>Political prisoner</source>
        <translation>Политзаключённые</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>Incommunicado</source>
        <translation>Инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>Released</source>
        <translation>Освобождённые</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Status on this date</source>
        <translation>Статус на эту дату</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>Any court</source>
        <translation>Любой суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>Article, e.g. 342 or 361-1</source>
        <translation>Статья, напр. 342 или 361-1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Latest event from</source>
        <translation>Последнее событие с</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Latest event to</source>
        <translation>Последнее событие по</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
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
        <translation>Импорт таблицы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>Edit %1</source>
        <translation>редактирование: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Delete %1</source>
        <translation>удаление: %1</translation>
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
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>&amp;New person</source>
        <translation>&amp;Новая карточка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363"/>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Импорт таблицы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>&amp;Export spreadsheet…</source>
        <translation>&amp;Экспорт таблицы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <source>Export the current &amp;list…</source>
        <translation>Экспортировать текущий &amp;список…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>Download import &amp;template</source>
        <translation>Скачать &amp;шаблон для импорта</translation>
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
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>&amp;Destroy vault keys (emergency)...</source>
        <translation>Уничтожить &amp;ключи хранилища (экстренно)...</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="393"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401"/>
        <source>&amp;Open person</source>
        <translation>О&amp;ткрыть карточку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403"/>
        <source>&amp;Delete person…</source>
        <translation>&amp;Удалить карточку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="408"/>
        <source>&amp;Copy name</source>
        <translation>&amp;Копировать имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="414"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="422"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="425"/>
        <source>Re&amp;ports</source>
        <translation>От&amp;чёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="434"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>&amp;About Letapis</source>
        <translation>&amp;О программе Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="481"/>
        <source>%1 persons match</source>
        <translation>Найдено человек: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>%1 persons · %2 cases · %3 charges</source>
        <translation>Людей: %1 · дел: %2 · обвинений: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="571"/>
        <source>Delete person</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572"/>
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation>Удалить карточку %1? Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="594"/>
        <source>Exported %1 persons to %2 (not encrypted).</source>
        <translation>Экспортировано человек: %1, файл %2 (не зашифрован).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="632"/>
        <source>About Letapis</source>
        <translation>О программе Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="634"/>
        <source>&lt;b&gt;Letapis&lt;/b&gt; %1&lt;br&gt;An offline, encrypted case manager for human-rights documenters.&lt;br&gt;Licence: GNU GPL v3 or later.</source>
        <translation>&lt;b&gt;Letapis&lt;/b&gt; %1&lt;br&gt;Зашифрованный менеджер дел для правозащитников-документаторов, работающий без интернета.&lt;br&gt;Лицензия: GNU GPL v3 или более поздняя.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="241"/>
        <source>Map the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="244"/>
        <source>Which Letapis field does each column of your sheet hold? The choice is remembered for files with the same columns.</source>
        <translation>Какое поле Letapis содержит каждый столбец вашей таблицы? Выбор запоминается для файлов с такими же столбцами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="249"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="249"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="249"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="267"/>
        <source>Mapping remembered from an earlier import of a sheet with these columns.</source>
        <translation>Сопоставление взято из прошлого импорта таблицы с такими же столбцами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="269"/>
        <source>Suggested from the column names: check it.</source>
        <translation>Предложено по названиям столбцов: проверьте.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="287"/>
        <source>— ignore this column —</source>
        <translation>— не импортировать этот столбец —</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="665"/>
        <source>Free notes about this person, kept inside the encrypted vault.</source>
        <translation>Произвольные заметки об этом человеке. Хранятся в зашифрованном хранилище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="670"/>
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
        <location filename="../../app/ui/person_editor.py" line="186"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="206"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="211"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="219"/>
        <location filename="../../app/ui/person_editor.py" line="290"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="262"/>
        <source>Opening the record…</source>
        <translation>Открытие карточки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="279"/>
        <source>Delete person…</source>
        <translation>Удалить карточку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="292"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="294"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="366"/>
        <source>This person is no longer in the vault (deleted, perhaps on another device).</source>
        <translation>Этого человека больше нет в хранилище (карточку удалили — возможно, на другом устройстве).</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="371"/>
        <source>The record could not be opened: %1</source>
        <translation>Не удалось открыть карточку: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="425"/>
        <source>New person</source>
        <translation>Новая карточка</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="425"/>
        <source>Unnamed</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="427"/>
        <source>Person</source>
        <translation>Карточка человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="431"/>
        <source>Person record — Letapis</source>
        <translation>Карточка человека — Letapis</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="438"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="440"/>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/person_editor.py" line="443"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>Перед сохранением нужно исправить %n ошибку</numerusform>
            <numerusform>Перед сохранением нужно исправить %n ошибки</numerusform>
            <numerusform>Перед сохранением нужно исправить %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="446"/>
        <source>A field holds text that is not valid.</source>
        <translation>В одном из полей — недопустимый текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="448"/>
        <location filename="../../app/ui/person_editor.py" line="600"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="462"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="464"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="467"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="469"/>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="524"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="539"/>
        <source>Not saved: %1
Nothing was written to the vault and your edits are still here; fix the problem and save again.</source>
        <translation>Не сохранено: %1
В хранилище ничего не записано, и ваши изменения никуда не делись; исправьте ошибку и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="552"/>
        <source>Delete person</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="554"/>
        <source>Delete the record of %1 with all cases, custody periods and statuses?

It disappears from lists and reports on every device after the next sync. The main window can undo this.</source>
        <translation>Удалить карточку %1 со всеми делами, периодами заключения и статусами?

После следующей синхронизации она исчезнет из списков и отчётов на всех устройствах. Отменить удаление можно в главном окне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="557"/>
        <location filename="../../app/ui/person_editor.py" line="602"/>
        <source>this person</source>
        <translation>этого человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="584"/>
        <source>Not deleted: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="601"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Сохранить изменения в карточке %1 перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_editor.py" line="615"/>
        <source>The record has problems and cannot be saved yet: fix them or choose Discard.</source>
        <translation>В карточке есть ошибки, и её пока нельзя сохранить: исправьте их или выберите «Отклонить».</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="172"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="179"/>
        <source>Script</source>
        <translation>Написание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="180"/>
        <source>Primary</source>
        <translation>Основное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="183"/>
        <source>Add a spelling</source>
        <translation>Добавить написание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="184"/>
        <source>Remove spelling</source>
        <translation>Удалить написание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="194"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="197"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="203"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="207"/>
        <source>City or town</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="208"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="211"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="218"/>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="221"/>
        <source>Health concerns</source>
        <translation>Проблемы со здоровьем</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="224"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="231"/>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../app/ui/person_model.py" line="169"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="169"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="169"/>
        <source>Custody</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="169"/>
        <source>Latest event</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="203"/>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_model.py" line="203"/>
        <source>Released</source>
        <translation>На свободе</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../app/ui/editor_binding.py" line="405"/>
        <location filename="../../app/ui/editor_binding.py" line="479"/>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_binding.py" line="471"/>
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
        <location filename="../../app/ui/editor_pages.py" line="437"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="440"/>
        <location filename="../../app/ui/editor_pages.py" line="469"/>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="446"/>
        <source>Remove relation</source>
        <translation>Удалить родственника</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="451"/>
        <source>Find a person in the vault by any spelling…</source>
        <translation>Найти человека в хранилище по любому написанию имени…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="459"/>
        <location filename="../../app/ui/editor_pages.py" line="603"/>
        <source>Add relation</source>
        <translation>Добавить родственника</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="479"/>
        <source>Open their record</source>
        <translation>Открыть карточку родственника</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="486"/>
        <source>&lt;b&gt;Entered on other records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Внесено в других карточках&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="490"/>
        <source>These ties name this person but are stored on the relative&apos;s record: open that record to change or remove them.</source>
        <translation>Эти связи указывают на этого человека, но хранятся в карточке родственника: чтобы изменить или удалить их, откройте ту карточку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="504"/>
        <source>&lt;b&gt;Add a relative&lt;/b&gt;</source>
        <translation>&lt;b&gt;Добавить родственника&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="512"/>
        <source>Relations</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="523"/>
        <source>Double-click to open their record</source>
        <translation>Двойной щелчок открывает карточку родственника</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="535"/>
        <source>%1 — %2 (entered on their record)</source>
        <translation>%1 — %2 (внесено в карточке родственника)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="582"/>
        <source>Nobody found.</source>
        <translation>Никого не найдено.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="75"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="78"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="87"/>
        <source>Press Preview to see the report&apos;s pages here.</source>
        <translation>Нажмите «Предпросмотр», чтобы увидеть здесь страницы отчёта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="172"/>
        <source>Page %1 / %2</source>
        <translation>Страница %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="185"/>
        <source>Preview failed: %1</source>
        <translation>Не удалось построить предпросмотр: %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="200"/>
        <source>Monthly review</source>
        <translation>Ежемесячный обзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="201"/>
        <source>Criminal prosecutions review</source>
        <translation>Обзор уголовного преследования</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="209"/>
        <source>Your narrative for this section of the report…</source>
        <translation>Ваш текст для этого раздела отчёта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="210"/>
        <source>Save text</source>
        <translation>Сохранить текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="211"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="212"/>
        <source>Export figures (JSON)…</source>
        <translation>Экспорт цифр (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="213"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="219"/>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="220"/>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="221"/>
        <source>Report language:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="222"/>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="301"/>
        <source>Text saved in the vault (encrypted).</source>
        <translation>Текст сохранён в хранилище (зашифровано).</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="308"/>
        <source>Export is not encrypted</source>
        <translation>Экспорт не зашифрован</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="310"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it off this laptop and delete it after publishing. Continue?</source>
        <translation>Экспортированный файл НЕ зашифрован: его может прочитать любой, к кому он попадёт. Не храните его на этом ноутбуке и удалите после публикации. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="319"/>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="338"/>
        <location filename="../../app/ui/reports_tab.py" line="355"/>
        <source>Computing the report…</source>
        <translation>Подсчёт отчёта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="366"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_tab.py" line="373"/>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="43"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="47"/>
        <source>Replace the vault with the backup from %1?

Everything entered after that moment is set aside (kept as a backup, so this can be undone). The vault locks; unlock it again to continue.

Type %2 to confirm.</source>
        <translation>Заменить хранилище резервной копией от %1?

Всё, что было внесено после этого момента, будет отложено (сохранено как резервная копия, поэтому это можно отменить). Хранилище заблокируется; чтобы продолжить, разблокируйте его снова.

Для подтверждения введите %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_tab.py" line="61"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="38"/>
        <source>Publication</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="39"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="40"/>
        <source>Published on</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="43"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="46"/>
        <source>Cited for</source>
        <translation>К чему относится</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="47"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="50"/>
        <source>Add a source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="51"/>
        <source>Remove source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="59"/>
        <source>Where the facts in this record come from: a publication, a link or both. A source can be cited for the person as a whole, for one case or for one event. The same source may be cited in other records; a change here shows there too.</source>
        <translation>Откуда взяты сведения в этой карточке: издание, ссылка или и то и другое. Источник может относиться к человеку в целом, к одному делу или к одному событию. Тот же источник можно указывать в других карточках; изменения здесь будут видны и там.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="70"/>
        <source>Sources</source>
        <translation>Источники</translation>
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
        <translation>Человек в целом</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="102"/>
        <location filename="../../app/ui/editor_sources.py" line="120"/>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="103"/>
        <source>A case no longer in this record</source>
        <translation>Дело, которого уже нет в карточке</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="108"/>
        <source>An event no longer in this record</source>
        <translation>Событие, которого уже нет в карточке</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_sources.py" line="113"/>
        <source>Save the person first to cite a source for it.</source>
        <translation>Чтобы указать для этого источник, сначала сохраните карточку.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="37"/>
        <source>Save the import template</source>
        <translation>Сохранить шаблон для импорта</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExporter</name>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="64"/>
        <source>Export is not encrypted</source>
        <translation>Экспорт не зашифрован</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="66"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read every name in it. Keep it on an encrypted drive and delete it when done. Continue?</source>
        <translation>Экспортированный файл НЕ зашифрован: любой, к кому он попадёт, сможет прочитать все имена в нём. Храните его на зашифрованном диске и удалите, когда закончите. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="78"/>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Таблица, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="79"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="80"/>
        <source>Full archive, JSON (*.json)</source>
        <translation>Полный архив, JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="85"/>
        <source>Export spreadsheet</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_export.py" line="85"/>
        <source>Export the current list</source>
        <translation>Экспорт текущего списка</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="334"/>
        <source>No status periods recorded.</source>
        <translation>Периоды статусов не внесены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="339"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="341"/>
        <source>Start unknown</source>
        <translation>Начало неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="347"/>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="348"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="349"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="352"/>
        <source>Add a status period</source>
        <translation>Добавить период статуса</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="353"/>
        <source>Remove period</source>
        <translation>Удалить период</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="361"/>
        <source>“Until” is the first day without the status; leave it empty while the status holds. Tick “Start unknown” when the sources do not say when it began: the person still counts on every report date.</source>
        <translation>«Окончание» — первый день без статуса; пока статус действует, оставьте его пустым. Отметьте «Начало неизвестно», если источники не сообщают, когда статус начался: человек всё равно учитывается на каждую отчётную дату.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="373"/>
        <source>Status timeline</source>
        <translation>Хронология статусов</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="384"/>
        <source>unknown start</source>
        <translation>начало неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_pages.py" line="386"/>
        <source>ongoing</source>
        <translation>по настоящее время</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="53"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="53"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="53"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="55"/>
        <source>Save my device card…</source>
        <translation>Сохранить карточку моего устройства…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="56"/>
        <source>Add a team member…</source>
        <translation>Добавить участника команды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="57"/>
        <source>Write changes to a folder (USB stick)…</source>
        <translation>Записать изменения в папку (флешка)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="58"/>
        <source>Import a bundle…</source>
        <translation>Импортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="67"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="68"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="69"/>
        <source>Kept value</source>
        <translation>Сохранённое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="70"/>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="71"/>
        <source>Other device</source>
        <translation>Другое устройство</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="74"/>
        <source>Keep the kept value</source>
        <translation>Оставить сохранённое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="75"/>
        <source>Use the other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="77"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="85"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="90"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="138"/>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="140"/>
        <source> (this device)</source>
        <translation> (это устройство)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="141"/>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="141"/>
        <source>revoked</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="147"/>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="159"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="182"/>
        <source>Device card saved. Fingerprint: %1</source>
        <translation>Карточка устройства сохранена. Отпечаток: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="190"/>
        <source>Save device card</source>
        <translation>Сохранить карточку устройства</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="206"/>
        <source>Add a team member</source>
        <translation>Добавить участника команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="208"/>
        <source>Add “%1”? Compare this fingerprint with the member by phone or in person before saying yes:

%2</source>
        <translation>Добавить «%1»? Прежде чем согласиться, сверьте этот отпечаток с участником по телефону или лично:

%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="219"/>
        <source>%1 added to the team.</source>
        <translation>%1: добавлено в команду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="224"/>
        <source>Open a device card</source>
        <translation>Открыть карточку устройства</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="234"/>
        <source>%1 changes written to %2</source>
        <translation>Изменений записано: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="243"/>
        <source>Choose the USB stick folder</source>
        <translation>Выберите папку на флешке</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="264"/>
        <source>Import a bundle</source>
        <translation>Импортировать пакет</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="265"/>
        <source>Letapis bundles (*.ltbundle)</source>
        <translation>Пакеты Letapis (*.ltbundle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="279"/>
        <source>Conflict resolved; the choice will sync to the team.</source>
        <translation>Конфликт разрешён; выбор попадёт к команде при синхронизации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="284"/>
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
