<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CompanyRecordRepository</name>
    <message>
        <source>A row of another company was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company no longer exists: someone deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company was changed by %1 at %2 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company was changed at %1 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyStage</name>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact no longer exists: someone deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was changed by %1 at %2 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was changed at %1 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The base is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist and cannot be created read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Voronka database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the file is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older Voronka and must be upgraded, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Voronka base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has lost its schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base was made by a newer Voronka (schema %1; this version knows up to %2). It is opened read-only so that nothing in it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneKind</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneRepository</name>
    <message>
        <source>A phone needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number no longer exists: someone deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number was changed by %1 at %2 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number was changed at %1 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Voronka, a CRM for sales conveyors.

Commands (voronka COMMAND --help for more):
  info     show what a base holds and check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new base with demo data without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voronka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new, empty base. Fill it with a demo sales department and a few hundred companies to look around?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo base could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo ignored: %1 is not a new base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base has no active users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active user with the login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a Voronka base holds and checks that it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The info command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for another program&apos;s lock (ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes no arguments besides --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--busy-timeout needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: the integrity check found %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A user needs a login and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user no longer exists: someone deleted them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was changed by %1 at %2 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was changed at %1 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Head of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller (first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closer (active sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voronka::ColdBaseView</name>
    <message>
        <source>Search by name, phone, INN or city (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected company (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card of %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts, phones and history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voronka::CompanyCard</name>
    <message>
        <source>ООО «Ромашка»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;dustry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Phones&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company in the list, or add one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your changes are still in the card. Press Revert to see the stored version (your changes will be lost), or copy what you need first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voronka::CompanyListModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voronka::MainWindow</name>
    <message>
        <source>Voronka — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will list overdue, due and upcoming callbacks and tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call mode will take the caller through the queue by script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked meetings and their outcomes will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline board of deals from needs to payment will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client department&apos;s list with payments will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel conversion and plan against actual will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Voronka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Voronka base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voronka bases (*.sqlite *.voronka *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voronka could not be started for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Voronka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Voronka %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for B2B sales teams that work as a conveyor: cold base, calls, meetings, deals, client department.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voronka::UserPickerDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
