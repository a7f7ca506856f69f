<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CompanyRecordRepository</name>
    <message>
        <source>A row of another company was given.</source>
        <translation>Передана строка, относящаяся к другой компании.</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation>Укажите название компании.</translation>
    </message>
    <message>
        <source>The company no longer exists: someone deleted it.</source>
        <translation>Компании больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>The company was changed by %1 at %2 since you opened it.</source>
        <translation>Компанию изменил пользователь %1 (%2) — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>The company was changed at %1 since you opened it.</source>
        <translation>Компанию изменили %1 — уже после того, как вы её открыли.</translation>
    </message>
</context>
<context>
    <name>CompanyStage</name>
    <message>
        <source>Cold</source>
        <translation>Холодная</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Прозвон</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряна</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Реактивация</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Укажите ФИО контакта.</translation>
    </message>
    <message>
        <source>The contact no longer exists: someone deleted it.</source>
        <translation>Контакта больше нет: его кто-то удалил.</translation>
    </message>
    <message>
        <source>The contact was changed by %1 at %2 since you opened it.</source>
        <translation>Контакт изменил пользователь %1 (%2) — уже после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>The contact was changed at %1 since you opened it.</source>
        <translation>Контакт изменили %1 — уже после того, как вы его открыли.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The base is open read-only.</source>
        <translation>База открыта только для чтения.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Не указан файл базы.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — это папка, а не файл базы.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не найдена.</translation>
    </message>
    <message>
        <source>%1 does not exist and cannot be created read-only.</source>
        <translation>Файл %1 не найден, а в режиме только для чтения его нельзя создать.</translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is not writable.</source>
        <translation>Не удаётся создать базу в папке %1: нет прав на запись в эту папку.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать файл %1.</translation>
    </message>
    <message>
        <source>%1 is not a Voronka database.</source>
        <translation>Файл %1 не является базой «Воронки».</translation>
    </message>
    <message>
        <source>The file is read-only; changes cannot be saved.</source>
        <translation>Файл доступен только для чтения; изменения сохранить нельзя.</translation>
    </message>
    <message>
        <source>The folder of the file is read-only; changes cannot be saved.</source>
        <translation>Папка с файлом доступна только для чтения; изменения сохранить нельзя.</translation>
    </message>
    <message>
        <source>%1 was made by an older Voronka and must be upgraded, but it is read-only.</source>
        <translation>База %1 создана в старой версии «Воронки» и требует обновления, но доступна только для чтения.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Voronka base.</source>
        <translation>%1 — база SQLite другой программы, а не база «Воронки».</translation>
    </message>
    <message>
        <source>%1 has lost its schema version.</source>
        <translation>В базе %1 потерян номер версии схемы.</translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again in a moment.</source>
        <translation>База %1 заблокирована другой программой; попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The base was made by a newer Voronka (schema %1; this version knows up to %2). It is opened read-only so that nothing in it is damaged.</source>
        <translation>База создана в более новой версии «Воронки» (схема %1; эта версия поддерживает схемы до %2). Она открыта только для чтения, чтобы ничего в ней не повредить.</translation>
    </message>
</context>
<context>
    <name>PhoneKind</name>
    <message>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
</context>
<context>
    <name>PhoneRepository</name>
    <message>
        <source>A phone needs a number.</source>
        <translation>Укажите номер телефона.</translation>
    </message>
    <message>
        <source>The phone number no longer exists: someone deleted it.</source>
        <translation>Номера телефона больше нет: его кто-то удалил.</translation>
    </message>
    <message>
        <source>The phone number was changed by %1 at %2 since you opened it.</source>
        <translation>Номер телефона изменил пользователь %1 (%2) — уже после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>The phone number was changed at %1 since you opened it.</source>
        <translation>Номер телефона изменили %1 — уже после того, как вы его открыли.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The base to open (default: %1).</source>
        <translation>Открыть указанную базу (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Start work as this user.</source>
        <translation>Начать работу под указанным пользователем.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Неизвестная команда: %1</translation>
    </message>
    <message>
        <source>Voronka</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>The base cannot be opened.

%1</source>
        <translation>Не удаётся открыть базу.

%1</translation>
    </message>
    <message>
        <source>This is a new, empty base. Fill it with a demo sales department and a few hundred companies to look around?</source>
        <translation>Это новая пустая база. Заполнить её демонстрационным отделом продаж и несколькими сотнями компаний, чтобы осмотреться?</translation>
    </message>
    <message>
        <source>The demo base could not be made: %1</source>
        <translation>Не удалось создать демо-базу: %1</translation>
    </message>
    <message>
        <source>The base has no active users.</source>
        <translation>В базе нет активных пользователей.</translation>
    </message>
    <message>
        <source>No active user with the login %1.</source>
        <translation>Нет активного пользователя с логином %1.</translation>
    </message>
    <message>
        <source>Base:          %1</source>
        <translation>База:          %1</translation>
    </message>
    <message>
        <source>Size:          %1</source>
        <translation>Размер:        %1</translation>
    </message>
    <message>
        <source>Schema:        %1</source>
        <translation>Версия схемы:  %1</translation>
    </message>
    <message>
        <source>Access:        %1</source>
        <translation>Доступ:        %1</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>чтение и запись</translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation>только чтение (%1)</translation>
    </message>
    <message>
        <source>Integrity:     %1</source>
        <translation>Целостность:   %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>НАРУШЕНА</translation>
    </message>
    <message>
        <source>Companies:     %1</source>
        <translation>Компаний:      %1</translation>
    </message>
    <message>
        <source>Contacts:      %1</source>
        <translation>Контактов:     %1</translation>
    </message>
    <message>
        <source>Phones:        %1</source>
        <translation>Телефонов:     %1</translation>
    </message>
    <message>
        <source>Open tasks:    %1</source>
        <translation>Открыто задач: %1</translation>
    </message>
    <message>
        <source>Users:         %1</source>
        <translation>Пользователей: %1</translation>
    </message>
    <message>
        <source>Shows what a Voronka base holds and checks that it is intact.</source>
        <translation>Показывает, что хранится в базе «Воронки», и проверяет её целостность.</translation>
    </message>
    <message>
        <source>The info command.</source>
        <translation>Команда info.</translation>
    </message>
    <message>
        <source>The base to inspect.</source>
        <translation>База для проверки.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести результат одним объектом JSON.</translation>
    </message>
    <message>
        <source>How long to wait for another program&apos;s lock (ms).</source>
        <translation>Сколько ждать снятия блокировки другой программой (мс).</translation>
    </message>
    <message>
        <source>info needs --db PATH.</source>
        <translation>Для команды info нужен параметр --db PATH.</translation>
    </message>
    <message>
        <source>--busy-timeout needs a number of milliseconds.</source>
        <translation>Для --busy-timeout нужно указать число миллисекунд.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: the integrity check found %n problem(s).</source>
        <translation>
            <numerusform>База %1 повреждена: проверка целостности выявила %n проблему.</numerusform>
            <numerusform>База %1 повреждена: проверка целостности выявила %n проблемы.</numerusform>
            <numerusform>База %1 повреждена: проверка целостности выявила %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voronka, a CRM for sales departments that work as a conveyor.

Commands (voronka COMMAND --help for more):
  info     show what a base holds and check it</source>
        <translation>«Воронка» — CRM для отделов продаж, работающих по принципу конвейера.

Команды (подробнее: voronka КОМАНДА --help):
  info     показать, что хранится в базе, и проверить её</translation>
    </message>
    <message>
        <source>When the base is new, fill it with demo data without asking.</source>
        <translation>Если база новая, заполнить её демонстрационными данными без вопроса.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A user needs a login and a name.</source>
        <translation>Укажите логин и имя пользователя.</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
    <message>
        <source>The user was changed by %1 at %2 since you opened it.</source>
        <translation>Учётную запись изменил пользователь %1 (%2) — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>The user was changed at %1 since you opened it.</source>
        <translation>Учётную запись изменили %1 — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>The user no longer exists: someone deleted it.</source>
        <translation>Учётной записи больше нет: её кто-то удалил.</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Head of sales</source>
        <translation>Руководитель отдела продаж</translation>
    </message>
    <message>
        <source>Base collector</source>
        <translation>Сборщик базы</translation>
    </message>
    <message>
        <source>Caller (first line)</source>
        <translation>Менеджер первой линии</translation>
    </message>
    <message>
        <source>Closer (active sales)</source>
        <translation>Менеджер активных продаж</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Менеджер клиентского отдела</translation>
    </message>
</context>
<context>
    <name>voronka::ColdBaseView</name>
    <message>
        <source>Search by name, phone, INN or city (Ctrl+F)</source>
        <translation>Поиск: название, телефон, ИНН, город (Ctrl+F)</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>&amp;Add company</source>
        <translation>&amp;Добавить компанию</translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation>Добавить компанию (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected company (Del)</source>
        <translation>Удалить выбранную компанию (Del)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The card of %1 has changes that are not saved. Save them?</source>
        <translation>В карточке %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>Удаление компании</translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts, phones and history? This cannot be undone.</source>
        <translation>Удалить %1 вместе со всеми контактами, телефонами и историей? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n компания</numerusform>
            <numerusform>%n компании</numerusform>
            <numerusform>%n компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies found</source>
        <translation>
            <numerusform>Найдена %n компания</numerusform>
            <numerusform>Найдено %n компании</numerusform>
            <numerusform>Найдено %n компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the base</source>
        <translation>Не удаётся прочитать базу</translation>
    </message>
    <message>
        <source>Part of the list could not be read: %1

The file may be damaged or no longer reachable. Nothing was changed.</source>
        <translation>Часть списка не удалось прочитать: %1

Возможно, файл повреждён или больше недоступен. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new company is not saved yet. Save it?</source>
        <translation>Новая компания ещё не сохранена. Сохранить её?</translation>
    </message>
</context>
<context>
    <name>voronka::CompanyCard</name>
    <message>
        <source>ООО «Ромашка»</source>
        <translation>ООО «Ромашка»</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Сай&amp;т:</translation>
    </message>
    <message>
        <source>In&amp;dustry:</source>
        <translation>От&amp;расль:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Next action:</source>
        <translation>Следующее действие:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Распознан как</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Удалить телефон</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the card (Ctrl+S)</source>
        <translation>Сохранить карточку (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>От&amp;менить</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Контакты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phones&lt;/b&gt;</source>
        <translation>&lt;b&gt;Телефоны&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a company in the list, or add one with Ctrl+N.</source>
        <translation>Выберите компанию в списке или добавьте новую (Ctrl+N).</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>не распознан</translation>
    </message>
    <message>
        <source>, ext. %1</source>
        <translation>, доб. %1</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Укажите название компании.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the card. Press Revert to see the stored version (your changes will be lost), or copy what you need first.</source>
        <translation>%1

Ваши изменения остались в карточке. Нажмите «Отменить», чтобы увидеть сохранённую версию (ваши изменения пропадут), или сначала скопируйте то, что нужно.</translation>
    </message>
    <message>
        <source>The company cannot be read: %1</source>
        <translation>Не удаётся прочитать компанию: %1</translation>
    </message>
</context>
<context>
    <name>voronka::CompanyListModel</name>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующее действие</translation>
    </message>
</context>
<context>
    <name>voronka::GuardedApplication</name>
    <message>
        <source>Voronka</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>The base could not be used: %1

What is shown may be out of date; what you typed is still in the form.</source>
        <translation>Не удалось обратиться к базе: %1

Показанные данные могут быть устаревшими; введённое вами осталось в форме.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
</context>
<context>
    <name>voronka::MainWindow</name>
    <message>
        <source>Voronka — %1</source>
        <translation>Воронка — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Cold base</source>
        <translation>Холодная база</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>This section is not built yet.</source>
        <translation>Этот раздел ещё не готов.</translation>
    </message>
    <message>
        <source>It will list overdue, due and upcoming callbacks and tasks.</source>
        <translation>Здесь появится список просроченных, текущих и предстоящих перезвонов и задач.</translation>
    </message>
    <message>
        <source>Call mode will take the caller through the queue by script.</source>
        <translation>В режиме прозвона менеджер будет обзванивать очередь по скрипту.</translation>
    </message>
    <message>
        <source>Booked meetings and their outcomes will be shown here.</source>
        <translation>Здесь будут назначенные встречи и их результаты.</translation>
    </message>
    <message>
        <source>The pipeline board of deals from needs to payment will be here.</source>
        <translation>Здесь будет доска сделок по этапам: от выявления потребностей до оплаты.</translation>
    </message>
    <message>
        <source>Funnel conversion and plan against actual will be here.</source>
        <translation>Здесь будут конверсия воронки и план-факт.</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open another base…</source>
        <translation>&amp;Открыть другую базу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Voronka</source>
        <translation>&amp;О программе «Воронка»</translation>
    </message>
    <message>
        <source>Open a Voronka base</source>
        <translation>Открыть базу «Воронки»</translation>
    </message>
    <message>
        <source>Voronka bases (*.sqlite *.voronka *.db);;All files (*)</source>
        <translation>Базы «Воронки» (*.sqlite *.voronka *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <source>Voronka could not be started for %1.</source>
        <translation>Не удалось запустить «Воронку» с базой %1.</translation>
    </message>
    <message>
        <source>About Voronka</source>
        <translation>О программе «Воронка»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Voronka %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for B2B sales teams that work as a conveyor: cold base, calls, meetings, deals, client department.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Воронка %1&lt;/h3&gt;&lt;p&gt;Настольная CRM для B2B-отделов продаж, работающих по принципу конвейера: холодная база, звонки, встречи, сделки, клиентский отдел.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clients of the client department, with their payments, will be listed here.</source>
        <translation>Здесь будут клиенты клиентского отдела и их оплаты.</translation>
    </message>
</context>
<context>
    <name>voronka::UserPickerDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Кто работает?</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Начать работу</translation>
    </message>
    <message>
        <source>Choose your name:</source>
        <translation>Выберите своё имя:</translation>
    </message>
</context>
</TS>
