<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityKind</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Смена этапа</translation>
    </message>
    <message>
        <source>Deal step</source>
        <translation>Шаг сделки</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>ActivityReport</name>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>Период не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>The activity report is by person.</source>
        <translation>Отчёт о работе строится по сотрудникам.</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message numerus="yes">
        <source>Hand-out %1 undone: %n companies went back.
</source>
        <translation>
            <numerusform>Раздача %1 отменена: возвращена %n компания.
</numerusform>
            <numerusform>Раздача %1 отменена: возвращены %n компании.
</numerusform>
            <numerusform>Раздача %1 отменена: возвращено %n компаний.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Hands companies of a Voronka base out to people: evenly, by weights, or all to one.</source>
        <translation>Раздаёт компании базы «Воронки» сотрудникам: поровну, по весам или все одному.</translation>
    </message>
    <message>
        <source>The assign command.</source>
        <translation>Команда assign.</translation>
    </message>
    <message>
        <source>The base.</source>
        <translation>База.</translation>
    </message>
    <message>
        <source>The companies of this import still cold or being called.</source>
        <translation>Компании этого импорта, которые ещё в холодной базе или в обзвоне.</translation>
    </message>
    <message>
        <source>Every cold company nobody holds.</source>
        <translation>Все холодные компании, которые ни за кем не закреплены.</translation>
    </message>
    <message>
        <source>Every company this person holds.</source>
        <translation>Все компании, закреплённые за этим сотрудником.</translation>
    </message>
    <message>
        <source>Who gets them, comma-separated.</source>
        <translation>Кому их отдать, через запятую.</translation>
    </message>
    <message>
        <source>One positive whole number per person, comma-separated (default: evenly).</source>
        <translation>По одному целому положительному числу на сотрудника, через запятую (по умолчанию — поровну).</translation>
    </message>
    <message>
        <source>Give the companies of this hand-out back to whom they were with before (those that changed hands since stay).</source>
        <translation>Вернуть компании этой раздачи тем, за кем они были раньше (те, что с тех пор сменили владельца, остаются).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>assign needs --db PATH.</source>
        <translation>Для assign нужен --db ПУТЬ.</translation>
    </message>
    <message>
        <source>--undo needs the number of a hand-out.</source>
        <translation>Для --undo нужен номер раздачи.</translation>
    </message>
    <message>
        <source>assign needs exactly one of --batch N, --unassigned and --from LOGIN.</source>
        <translation>Для assign нужен ровно один из параметров --batch N, --unassigned и --from ЛОГИН.</translation>
    </message>
    <message>
        <source>--batch needs the number of an import.</source>
        <translation>Для --batch нужен номер импорта.</translation>
    </message>
    <message>
        <source>assign needs --to LOGIN[,LOGIN...]: who gets the companies.</source>
        <translation>Для assign нужен --to ЛОГИН[,ЛОГИН...]: кому отдать компании.</translation>
    </message>
    <message>
        <source>--weights needs whole numbers separated by commas, one per person.</source>
        <translation>Для --weights нужны целые числа через запятую, по одному на сотрудника.</translation>
    </message>
    <message>
        <source>Nothing to hand out: no company matches.
</source>
        <translation>Раздавать нечего: подходящих компаний нет.
</translation>
    </message>
    <message numerus="yes">
        <source>Hand-out %1 (%2): %n companies.
</source>
        <translation>
            <numerusform>Раздача %1 (%2): %n компания.
</numerusform>
            <numerusform>Раздача %1 (%2): %n компании.
</numerusform>
            <numerusform>Раздача %1 (%2): %n компаний.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n to %1 (%2)
</source>
        <translation>
            <numerusform>  %n — сотруднику %1 (%2)
</numerusform>
            <numerusform>  %n — сотруднику %1 (%2)
</numerusform>
            <numerusform>  %n — сотруднику %1 (%2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand out even when someone would carry more than a capacity limit (without it, such a hand-out is refused with the numbers).</source>
        <translation>Раздать, даже если у кого-то нагрузка превысит предел (без этого такая раздача отклоняется с цифрами).</translation>
    </message>
    <message>
        <source>--undo takes no selection, --to, --weights or --over-limit.</source>
        <translation>С --undo не указывают выборку, --to, --weights и --over-limit.</translation>
    </message>
    <message>
        <source>Nothing was handed out: %1 Give --over-limit to hand out all the same.</source>
        <translation>Ничего не роздано: %1 Чтобы раздать всё равно, укажите --over-limit.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
    <message>
        <source>Title</source>
        <translation>Название сделки</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Дата счёта</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>imported from file</source>
        <translation>импортирована из файла</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Keep between 1 and 1000 backups.</source>
        <translation>Хранить можно от 1 до 1000 резервных копий.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that it can be written, or set another backup folder.</source>
        <translation>Не удаётся создать папку для резервных копий %1. Проверьте, что в неё можно записывать, или укажите другую папку для резервных копий.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не найдена.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room in %1 for a backup of the base.</source>
        <translation>Диск заполнен: в %1 нет места для резервной копии базы.</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1; check that the folder can be written. (%2)</source>
        <translation>Не удаётся записать резервную копию в %1; проверьте, что в папку можно записывать. (%2)</translation>
    </message>
    <message>
        <source>Cannot put the backup in place as %1.</source>
        <translation>Не удаётся сохранить резервную копию под именем %1.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Voronka (schema %2; this version knows up to %3).</source>
        <translation>Файл %1 создан более новой версией «Воронки» (схема %2; эта версия поддерживает схемы до %3).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>Файл %1 повреждён (%2).</translation>
    </message>
    <message>
        <source>A base cannot be restored from itself.</source>
        <translation>Базу нельзя восстановить из неё самой.</translation>
    </message>
    <message>
        <source>Cannot restore: the folder %1 cannot be written.</source>
        <translation>Восстановить не удалось: в папку %1 нельзя записывать.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the base (is the disk full?). The base is unchanged.</source>
        <translation>Не удаётся скопировать резервную копию в папку базы (может быть, диск заполнен?). База не изменена.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current base (is the disk full?). The base is unchanged.</source>
        <translation>Не удаётся сохранить копию текущей базы (может быть, диск заполнен?). База не изменена.</translation>
    </message>
    <message>
        <source>Cannot move the journal %1 aside; is the base still open? The base is unchanged.</source>
        <translation>Не удаётся убрать журнал %1; может быть, база ещё открыта? База не изменена.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1. The base is unchanged.</source>
        <translation>Не удаётся поставить резервную копию на место %1. База не изменена.</translation>
    </message>
    <message>
        <source>The base is in use (another window or desktop is writing to it). Close Voronka there and restore again. The base is unchanged.</source>
        <translation>База используется (в неё пишет другое окно или другой компьютер). Закройте там «Воронку» и повторите восстановление. База не изменена.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>The base is damaged, so it cannot be backed up: %1. Restore the latest good backup (File → Restore from backup…).</source>
        <translation>База повреждена, поэтому её нельзя сохранить в резервную копию: %1. Восстановите последнюю исправную резервную копию (Файл → Восстановить из копии…).</translation>
    </message>
    <message>
        <source>The base is locked by another program: %1</source>
        <translation>База заблокирована другой программой: %1</translation>
    </message>
    <message>
        <source>The base is damaged: the check of its backup found problems (%1). The damaged copy was not kept. Restore the latest good backup (File → Restore from backup…); voronka check lists every problem.</source>
        <translation>База повреждена: проверка её резервной копии нашла ошибки (%1). Повреждённая копия не сохранена. Восстановите последнюю исправную резервную копию (Файл → Восстановить из копии…); voronka check перечислит все ошибки.</translation>
    </message>
    <message>
        <source>Cannot make a folder for the copy to check in %1: %2</source>
        <translation>Не удаётся создать папку для проверяемой копии в %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The base was too busy to back up: it was written to %n time(s) while it was being copied (colleagues saving, or an import or its undo under way). Try again when it is quieter; the daily backup tries again at the next start.</source>
        <translation>
            <numerusform>База была слишком занята для резервной копии: пока она копировалась, в неё записывали %n раз (сохраняли коллеги, шёл импорт или его отмена). Повторите, когда станет тише; ежедневная копия будет сделана снова при следующем запуске.</numerusform>
            <numerusform>База была слишком занята для резервной копии: пока она копировалась, в неё записывали %n раза (сохраняли коллеги, шёл импорт или его отмена). Повторите, когда станет тише; ежедневная копия будет сделана снова при следующем запуске.</numerusform>
            <numerusform>База была слишком занята для резервной копии: пока она копировалась, в неё записывали %n раз (сохраняли коллеги, шёл импорт или его отмена). Повторите, когда станет тише; ежедневная копия будет сделана снова при следующем запуске.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>No answer</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Not now, call on a date</source>
        <translation>Не сейчас, позвонить в другой день</translation>
    </message>
    <message>
        <source>Call back at a time</source>
        <translation>Перезвонить в назначенное время</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Назначена встреча</translation>
    </message>
</context>
<context>
    <name>CallOutcomes</name>
    <message>
        <source>The company is lost (%1); return it to the cold base before calling it.</source>
        <translation>Компания потеряна (%1); верните её в холодную базу, прежде чем звонить.</translation>
    </message>
    <message>
        <source>Choose the day to call back on.</source>
        <translation>Выберите день, когда перезвонить.</translation>
    </message>
    <message>
        <source>The callback day must be after today; for a call later today, set a time.</source>
        <translation>День перезвона должен быть позже сегодняшнего; чтобы перезвонить сегодня, укажите время.</translation>
    </message>
    <message>
        <source>A callback needs a date and a time.</source>
        <translation>Для перезвона нужны дата и время.</translation>
    </message>
    <message>
        <source>The callback time has already passed.</source>
        <translation>Время перезвона уже прошло.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Укажите дату встречи.</translation>
    </message>
    <message>
        <source>A meeting needs a time.</source>
        <translation>Укажите время встречи.</translation>
    </message>
    <message>
        <source>A meeting needs a place (an address, or &quot;online&quot;).</source>
        <translation>Укажите место встречи (адрес или «онлайн»).</translation>
    </message>
    <message>
        <source>Choose the closer who will go to the meeting.</source>
        <translation>Выберите менеджера активных продаж, который поедет на встречу.</translation>
    </message>
    <message>
        <source>Only an active closer or the head can take a meeting.</source>
        <translation>Встречу может взять только действующий менеджер активных продаж или руководитель.</translation>
    </message>
    <message>
        <source>The meeting time has already passed.</source>
        <translation>Время встречи уже прошло.</translation>
    </message>
    <message>
        <source>%1 already has a meeting at %2 with %3. Choose another time or closer, or say why this one is booked all the same.</source>
        <translation>%1: в %2 уже есть встреча с %3. Выберите другое время или другого менеджера либо укажите, почему эту встречу всё же нужно назначить.</translation>
    </message>
    <message>
        <source>Booked over the meeting at %1 with %2: %3</source>
        <translation>Назначена поверх встречи в %1 с %2: %3</translation>
    </message>
</context>
<context>
    <name>CallScriptEditing</name>
    <message>
        <source>A step needs a name.</source>
        <translation>Укажите имя шага.</translation>
    </message>
    <message>
        <source>There is already a step named &quot;%1&quot;.</source>
        <translation>Шаг «%1» уже есть.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (копия %2)</translation>
    </message>
</context>
<context>
    <name>CallScriptRepository</name>
    <message>
        <source>The script no longer exists: someone deleted it.</source>
        <translation>Скрипта больше нет: его кто-то удалил.</translation>
    </message>
    <message>
        <source>The script was changed by %1 at %2 since you opened it.</source>
        <translation>Скрипт изменил пользователь %1 (%2) — уже после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>The script was changed at %1 since you opened it.</source>
        <translation>Скрипт изменили %1 — уже после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>A script needs a title.</source>
        <translation>Укажите название скрипта.</translation>
    </message>
    <message>
        <source>A script needs a language.</source>
        <translation>Укажите язык скрипта.</translation>
    </message>
    <message>
        <source>A script needs at least one step.</source>
        <translation>В скрипте должен быть хотя бы один шаг.</translation>
    </message>
    <message>
        <source>The script has no start step.</source>
        <translation>В скрипте не указан первый шаг.</translation>
    </message>
    <message>
        <source>The start step &quot;%1&quot; is not in the script.</source>
        <translation>Первого шага «%1» нет в скрипте.</translation>
    </message>
    <message>
        <source>Step %1 has no name.</source>
        <translation>У шага %1 нет имени.</translation>
    </message>
    <message>
        <source>Two steps are named &quot;%1&quot;.</source>
        <translation>Два шага называются «%1».</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has no text to say.</source>
        <translation>У шага «%1» нет текста для разговора.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has no answers: the call could not go on.</source>
        <translation>У шага «%1» нет ответов: разговор не сможет продолжиться.</translation>
    </message>
    <message>
        <source>Answer %1 of step &quot;%2&quot; has no text.</source>
        <translation>У ответа %1 шага «%2» нет текста.</translation>
    </message>
    <message>
        <source>Answer %1 of step &quot;%2&quot; must lead either to a step or to an outcome.</source>
        <translation>Ответ %1 шага «%2» должен вести либо к шагу, либо к результату звонка.</translation>
    </message>
    <message>
        <source>Answer %1 of step &quot;%2&quot; leads to step &quot;%3&quot;, which is not in the script.</source>
        <translation>Ответ %1 шага «%2» ведёт к шагу «%3», которого нет в скрипте.</translation>
    </message>
    <message>
        <source>Answer %1 of step &quot;%2&quot; ends in an unknown outcome &quot;%3&quot;.</source>
        <translation>Ответ %1 шага «%2» ведёт к неизвестному результату «%3».</translation>
    </message>
    <message>
        <source>No answer leads to step &quot;%1&quot; from the start.</source>
        <translation>От начала скрипта ни один ответ не ведёт к шагу «%1».</translation>
    </message>
    <message>
        <source>The steps of script &quot;%1&quot; cannot be read: %2</source>
        <translation>Не удаётся прочитать шаги скрипта «%1»: %2</translation>
    </message>
    <message>
        <source>There is already a script called &quot;%1&quot;.</source>
        <translation>Скрипт «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>CallSettings</name>
    <message>
        <source>A company is parked after 1 to %1 unanswered calls.</source>
        <translation>Компанию можно отложить после звонков без ответа: от 1 до %1.</translation>
    </message>
    <message>
        <source>A number comes back between 1 minute and a week after the call.</source>
        <translation>Номер возвращается в очередь не раньше чем через минуту и не позже чем через неделю после звонка.</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>A limit is a whole number from 1 to %1.</source>
        <translation>Предел — целое число от 1 до %1.</translation>
    </message>
    <message>
        <source>%1 leads %2 small or medium companies; the limit is %3.</source>
        <translation>%1 ведёт малых и средних компаний: %2; предел — %3.</translation>
    </message>
    <message>
        <source>%1 leads %2 large companies; the limit is %3.</source>
        <translation>%1 ведёт крупных компаний: %2; предел — %3.</translation>
    </message>
    <message>
        <source>%1 leads %2 key accounts; the limit is %3.</source>
        <translation>%1 ведёт ключевых клиентов: %2; предел — %3.</translation>
    </message>
    <message>
        <source>%1 serves %2 clients; the limit is %3.</source>
        <translation>%1 обслуживает клиентов: %2; предел — %3.</translation>
    </message>
    <message>
        <source>%1 would lead %2 small or medium companies; the limit is %3.</source>
        <translation>%1 будет вести малых и средних компаний: %2; предел — %3.</translation>
    </message>
    <message>
        <source>%1 would lead %2 large companies; the limit is %3.</source>
        <translation>%1 будет вести крупных компаний: %2; предел — %3.</translation>
    </message>
    <message>
        <source>%1 would lead %2 key accounts; the limit is %3.</source>
        <translation>%1 будет вести ключевых клиентов: %2; предел — %3.</translation>
    </message>
    <message>
        <source>%1 would serve %2 clients; the limit is %3.</source>
        <translation>%1 будет обслуживать клиентов: %2; предел — %3.</translation>
    </message>
</context>
<context>
    <name>CommandLineSignIn</name>
    <message>
        <source>Act as this user; on a base with sign-in on, the password is read from %1 or typed on the terminal.</source>
        <translation>Действовать от имени этого пользователя; в базе со входом по паролю пароль берётся из %1 или вводится в терминале.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>No password for %1: set %2, or run the command on a terminal to type it.</source>
        <translation>Нет пароля для %1: задайте %2 или запустите команду в терминале, чтобы ввести его.</translation>
    </message>
    <message>
        <source>There is no active user with the login %1.</source>
        <translation>Нет действующего пользователя с логином %1.</translation>
    </message>
    <message>
        <source>This base needs sign-in: give --as LOGIN, with the password in %1 or typed on the terminal.</source>
        <translation>В эту базу входят по паролю: укажите --as ЛОГИН, а пароль — в %1 или введите его в терминале.</translation>
    </message>
</context>
<context>
    <name>CompanyAssignment</name>
    <message>
        <source>Only the head of sales hands out companies.</source>
        <translation>Раздавать компании может только руководитель отдела продаж.</translation>
    </message>
    <message>
        <source>Nobody to give the companies to.</source>
        <translation>Некому передать компании.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <source>%1 is deactivated: companies cannot go to them.</source>
        <translation>%1 — учётная запись отключена: компании ему передать нельзя.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 указан дважды.</translation>
    </message>
    <message>
        <source>Give one weight per person (%1 people, %2 weights).</source>
        <translation>Нужен один вес на человека (людей: %1, весов: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected companies</source>
        <translation>
            <numerusform>%n выбранная компания</numerusform>
            <numerusform>%n выбранные компании</numerusform>
            <numerusform>%n выбранных компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>import batch %1</source>
        <translation>партия импорта %1</translation>
    </message>
    <message>
        <source>all unassigned cold companies</source>
        <translation>все холодные компании без ответственного</translation>
    </message>
    <message>
        <source>%1&apos;s companies cannot go to %1 again.</source>
        <translation>Компании сотрудника %1 нельзя передать ему же.</translation>
    </message>
    <message>
        <source>the companies of %1</source>
        <translation>компании сотрудника %1</translation>
    </message>
    <message>
        <source>A company was deleted since the preview. Nothing was handed out; look again.</source>
        <translation>После предпросмотра компанию удалили. Ничего не роздано; посмотрите ещё раз.</translation>
    </message>
    <message>
        <source>%1 was changed at %3 since the preview. Nothing was handed out; look again.</source>
        <translation>Компания «%1» изменена в %3 после предпросмотра. Ничего не роздано; посмотрите ещё раз.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since the preview. Nothing was handed out; look again.</source>
        <translation>Компанию «%1» изменил(а) %2 в %3 после предпросмотра. Ничего не роздано; посмотрите ещё раз.</translation>
    </message>
    <message>
        <source>There is no such hand-out.</source>
        <translation>Такой раздачи нет.</translation>
    </message>
    <message>
        <source>This hand-out was undone already.</source>
        <translation>Эта раздача уже отменена.</translation>
    </message>
    <message>
        <source>%1 is deactivated: their companies cannot go back to them. Hand them out anew.</source>
        <translation>%1 — учётная запись отключена: вернуть ему компании нельзя. Раздайте их заново.</translation>
    </message>
</context>
<context>
    <name>CompanyExporter</name>
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
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>The export could not be written (is the disk full?).</source>
        <translation>Не удалось записать экспорт (возможно, диск заполнен).</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>CompanyFunnelRepository</name>
    <message>
        <source>The phone is not one of this company&apos;s numbers.</source>
        <translation>Этот телефон не относится к этой компании.</translation>
    </message>
    <message>
        <source>The company no longer exists: someone deleted it.</source>
        <translation>Компании больше нет: её кто-то удалил.</translation>
    </message>
</context>
<context>
    <name>CompanyLeaseRepository</name>
    <message>
        <source>The company no longer exists: someone deleted it.</source>
        <translation>Компании больше нет: её кто-то удалил.</translation>
    </message>
</context>
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
    <name>CompanySize</name>
    <message>
        <source>Small or medium</source>
        <translation>Малая или средняя</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Крупная</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Ключевой клиент</translation>
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
    <name>CompanyStageMachine</name>
    <message>
        <source>The company is already at the stage &quot;%1&quot;.</source>
        <translation>Компания уже на этапе «%1».</translation>
    </message>
    <message>
        <source>A company at the stage &quot;%1&quot; cannot move to another stage.</source>
        <translation>С этапа «%1» компанию нельзя перевести на другой этап.</translation>
    </message>
    <message>
        <source>A company cannot go from &quot;%1&quot; to &quot;%2&quot;; from &quot;%1&quot; it can go to: %3.</source>
        <translation>Компанию нельзя перевести с этапа «%1» на «%2»; с «%1» можно перейти на: %3.</translation>
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
    <name>CsvReader</name>
    <message>
        <source>an Excel workbook (.xlsx) or another ZIP archive</source>
        <translation>книга Excel (.xlsx) или другой ZIP-архив</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>книга Excel старого формата (.xls)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>архив gzip</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>архив 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>архив RAR</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>база данных SQLite</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Файл не открыт для чтения.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is %1, not a text file: save a spreadsheet (.xlsx) as CSV in Excel and import the CSV.</source>
        <translation>Это не текстовый файл, а %1: сохраните таблицу (.xlsx) в Excel как CSV и импортируйте CSV-файл.</translation>
    </message>
    <message>
        <source>The file is not a text file: save a spreadsheet (.xlsx) as CSV in Excel and import the CSV.</source>
        <translation>Это не текстовый файл: сохраните таблицу (.xlsx) в Excel как CSV и импортируйте CSV-файл.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Ошибка чтения файла: %1</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is unknown.</source>
        <translation>Неизвестная кодировка «%1».</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; cannot be read on this computer.</source>
        <translation>Кодировка «%1» не поддерживается на этом компьютере.</translation>
    </message>
    <message>
        <source>Reading the file failed near line %1: %2</source>
        <translation>Ошибка чтения файла около строки %1: %2</translation>
    </message>
    <message>
        <source>The file has no rows, only blank lines.</source>
        <translation>В файле нет данных, только пустые строки.</translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 is not closed within %L2 characters.</source>
        <translation>Кавычка, открывающая поле в строке %1, не закрыта в пределах %L2 символов.</translation>
    </message>
    <message>
        <source>A field on line %1 is longer than %L2 characters.</source>
        <translation>Поле в строке %1 длиннее %L2 символов.</translation>
    </message>
    <message>
        <source>The record on line %1 is longer than %L2 characters.</source>
        <translation>Запись в строке %1 длиннее %L2 символов.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character, which text never does: the file is damaged or in another encoding.</source>
        <translation>В строке %1 есть символ NUL, которого не бывает в тексте: файл повреждён или записан в другой кодировке.</translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 is never closed.</source>
        <translation>Кавычка, открывающая поле в строке %1, так и не закрыта.</translation>
    </message>
    <message>
        <source>Line %1 has more than %L2 fields.</source>
        <translation>В строке %1 больше %L2 полей.</translation>
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
    <message>
        <source>Cannot create a database in %1.</source>
        <translation>Не удаётся создать базу в %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseInfo</name>
    <message>
        <source>The search index holds %1 companies, the base %2.</source>
        <translation>В поисковом индексе компаний: %1, в базе: %2.</translation>
    </message>
</context>
<context>
    <name>DealOpener</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>Укажите название сделки.</translation>
    </message>
    <message>
        <source>The deal&apos;s amount cannot be negative.</source>
        <translation>Сумма сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The deal&apos;s margin cannot be negative.</source>
        <translation>Маржа сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The deal&apos;s margin cannot be more than its amount.</source>
        <translation>Маржа сделки не может быть больше её суммы.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as RUB, USD or EUR.</source>
        <translation>Валюта — трёхбуквенный код, например RUB, USD или EUR.</translation>
    </message>
    <message>
        <source>A new deal starts at &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>Новая сделка начинается с шага «%1» или «%2».</translation>
    </message>
    <message>
        <source>The deal&apos;s owner is not an active user.</source>
        <translation>Ответственный за сделку — не действующий пользователь.</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>The deal no longer exists: someone deleted it.</source>
        <translation>Сделки больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>The deal was changed by %1 at %2 since you opened it.</source>
        <translation>Сделку изменил пользователь %1 (%2) — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>The deal was changed at %1 since you opened it.</source>
        <translation>Сделку изменили %1 — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>A deal needs a company and a title.</source>
        <translation>Для сделки нужны компания и название.</translation>
    </message>
</context>
<context>
    <name>DealStep</name>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>КП отправлено</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Счёт выставлен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
</context>
<context>
    <name>DealStepMachine</name>
    <message>
        <source>The deal is already at the step &quot;%1&quot;.</source>
        <translation>Сделка уже на шаге «%1».</translation>
    </message>
    <message>
        <source>The deal is closed (&quot;%1&quot;); start a new deal instead.</source>
        <translation>Сделка закрыта («%1»); заведите новую сделку.</translation>
    </message>
    <message>
        <source>A deal cannot go from &quot;%1&quot; to &quot;%2&quot;; from &quot;%1&quot; it can go to: %3.</source>
        <translation>Сделку нельзя перевести с шага «%1» на «%2»; с «%1» можно перейти на: %3.</translation>
    </message>
</context>
<context>
    <name>DemoDepartment</name>
    <message>
        <source>The base has no lost reasons to record why a company was lost.</source>
        <translation>В базе нет причин потери, чтобы указать, почему компания потеряна.</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicy</name>
    <message>
        <source>Skip duplicates</source>
        <translation>Пропустить дубли</translation>
    </message>
    <message>
        <source>Merge into the company found</source>
        <translation>Объединить с найденной компанией</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Всё равно импортировать</translation>
    </message>
</context>
<context>
    <name>DutyRoster</name>
    <message>
        <source>A day of the roster is not a date.</source>
        <translation>В графике дежурств день указан не датой.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <source>%1 is deactivated: they cannot be on duty.</source>
        <translation>%1 — учётная запись отключена: дежурить нельзя.</translation>
    </message>
</context>
<context>
    <name>EmailRepository</name>
    <message>
        <source>The e-mail address no longer exists: someone deleted it.</source>
        <translation>Адреса e-mail больше нет: его кто-то удалил.</translation>
    </message>
    <message>
        <source>The e-mail address was changed by %1 at %2 since you opened it.</source>
        <translation>Адрес e-mail изменил пользователь %1 (%2) — уже после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>The e-mail address was changed at %1 since you opened it.</source>
        <translation>Адрес e-mail изменили %1 — уже после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>An e-mail entry needs an address.</source>
        <translation>Укажите адрес e-mail.</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <source>INN %1 fails the check digits</source>
        <translation>ИНН %1: неверные контрольные цифры</translation>
    </message>
    <message>
        <source>phone %1 not recognised</source>
        <translation>телефон %1 не распознан</translation>
    </message>
    <message>
        <source>e-mail %1 not valid</source>
        <translation>e-mail %1 некорректен</translation>
    </message>
</context>
<context>
    <name>FileSystemProbe</name>
    <message>
        <source>Shared file on a network drive (%1): safe mode</source>
        <translation>Общий файл на сетевом диске (%1): безопасный режим</translation>
    </message>
</context>
<context>
    <name>FunnelCalculator</name>
    <message>
        <source>offer → contract</source>
        <translation>КП → договор</translation>
    </message>
    <message>
        <source>meeting held → offer</source>
        <translation>встреча → КП</translation>
    </message>
    <message>
        <source>meeting booked → held</source>
        <translation>назначена → проведена</translation>
    </message>
    <message>
        <source>contact → meeting booked</source>
        <translation>контакт → встреча</translation>
    </message>
    <message>
        <source>average deal</source>
        <translation>средняя сделка</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>Период не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>Preparing the history for reports: %1%.</source>
        <translation>История готовится для отчётов: %1%.</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <source>Period activity</source>
        <translation>События периода</translation>
    </message>
    <message>
        <source>Companies that entered the cold base in the period, followed to today.</source>
        <translation>Компании, попавшие в холодную базу за период, — их путь до сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Everything that happened in the period, whenever the company started; what was not decided by the period&apos;s end is still there.</source>
        <translation>Всё, что произошло за период, когда бы компания ни начала путь; что не решилось к концу периода, считается «ещё на этапе».</translation>
    </message>
</context>
<context>
    <name>HistoryPreparation</name>
    <message>
        <source>Preparing the history for reports: %1%.</source>
        <translation>История готовится для отчётов: %1%.</translation>
    </message>
    <message>
        <source>The history is ready for reports.</source>
        <translation>История готова для отчётов.</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>There is no import number %1.</source>
        <translation>Импорт №&#xa0;%1 не найден.</translation>
    </message>
    <message>
        <source>Import number %1 was already undone.</source>
        <translation>Импорт №&#xa0;%1 уже отменён.</translation>
    </message>
    <message>
        <source>Import number %1 was taken for abandoned and removed.</source>
        <translation>Импорт номер %1 был сочтён брошенным и удалён.</translation>
    </message>
    <message>
        <source>Import number %1 is not complete; it cannot be undone.</source>
        <translation>Импорт номер %1 не завершён; его нельзя отменить.</translation>
    </message>
    <message>
        <source>Import number %1 is being undone by someone else.</source>
        <translation>Импорт номер %1 уже отменяет кто-то другой.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>(ignore)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Данные строки (как прочитаны)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубль</translation>
    </message>
    <message>
        <source>imported, check</source>
        <translation>импортирована, проверьте</translation>
    </message>
    <message>
        <source>the same phone %1 as «%2» (line %3)</source>
        <translation>тот же телефон %1, что у «%2» (строка %3)</translation>
    </message>
    <message>
        <source>the same INN %1 as «%2» (line %3)</source>
        <translation>тот же ИНН %1, что у «%2» (строка %3)</translation>
    </message>
    <message>
        <source>the same e-mail %1 as «%2» (line %3)</source>
        <translation>тот же e-mail %1, что у «%2» (строка %3)</translation>
    </message>
    <message>
        <source>the same phone %1 as «%2», already in the base</source>
        <translation>тот же телефон %1, что у «%2» (уже в базе)</translation>
    </message>
    <message>
        <source>the same INN %1 as «%2», already in the base</source>
        <translation>тот же ИНН %1, что у «%2» (уже в базе)</translation>
    </message>
    <message>
        <source>the same e-mail %1 as «%2», already in the base</source>
        <translation>тот же e-mail %1, что у «%2» (уже в базе)</translation>
    </message>
    <message>
        <source>company #%1</source>
        <translation>компания №&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>В файле нет строк.</translation>
    </message>
    <message>
        <source>No column holds a company name or a phone number; choose the columns by hand.</source>
        <translation>Ни в одном столбце нет названия компании или номера телефона; назначьте столбцы вручную.</translation>
    </message>
    <message>
        <source>(unnamed list)</source>
        <translation>(список без имени)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт остановлен; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>В файле есть заголовок, но нет строк для импорта.</translation>
    </message>
    <message>
        <source>The base refused the import: %1</source>
        <translation>База не приняла импорт: %1</translation>
    </message>
    <message>
        <source>Waiting for the import of %1 (started %2) to finish…</source>
        <translation>Ожидание завершения импорта %1 (начат в %2)…</translation>
    </message>
    <message>
        <source>Waiting for the import of %1 by %2 to finish…</source>
        <translation>Ожидание завершения импорта %1 (импортирует %2)…</translation>
    </message>
</context>
<context>
    <name>InquiryIntake</name>
    <message>
        <source>Give the person&apos;s or the company&apos;s name.</source>
        <translation>Укажите имя человека или название компании.</translation>
    </message>
    <message>
        <source>Give a phone or an e-mail to answer the inquiry by.</source>
        <translation>Укажите телефон или e-mail, чтобы ответить на обращение.</translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Inquiry: %1</source>
        <translation>Обращение: %1</translation>
    </message>
    <message>
        <source>their manager</source>
        <translation>их менеджер</translation>
    </message>
    <message>
        <source>Inquiry (%1): %2</source>
        <translation>Обращение (%1): %2</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>без подробностей</translation>
    </message>
</context>
<context>
    <name>InquiryRouting</name>
    <message>
        <source>Put the sellers in order, most qualified first.</source>
        <translation>Расставьте продавцов по порядку, самого квалифицированного первым.</translation>
    </message>
    <message>
        <source>Each seller once in the order.</source>
        <translation>Каждый продавец — в порядке один раз.</translation>
    </message>
    <message>
        <source>the head of sales</source>
        <translation>руководитель отдела продаж</translation>
    </message>
    <message>
        <source>Everybody is at their limit. %1</source>
        <translation>Все на пределе нагрузки. %1</translation>
    </message>
    <message>
        <source>Nobody to take inquiries: the head gets it.</source>
        <translation>Некому принять обращение: его получает руководитель.</translation>
    </message>
    <message>
        <source>Nobody is on duty today: the head gets it.</source>
        <translation>Сегодня никто не дежурит: обращение получает руководитель.</translation>
    </message>
    <message>
        <source>on duty today</source>
        <translation>дежурит сегодня</translation>
    </message>
    <message>
        <source>the most qualified with room</source>
        <translation>самый квалифицированный из свободных</translation>
    </message>
    <message>
        <source>next in turn</source>
        <translation>следующий по очереди</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <source>%1 is deactivated: take them out of the order.</source>
        <translation>%1 — учётная запись отключена: уберите из очереди.</translation>
    </message>
</context>
<context>
    <name>InquirySource</name>
    <message>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторное</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>LostReasonRepository</name>
    <message>
        <source>The reason no longer exists: someone deleted it.</source>
        <translation>Причины больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>The reason was changed by %1 at %2 since you opened it.</source>
        <translation>Причину изменил пользователь %1 (%2) — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>The reason was changed at %1 since you opened it.</source>
        <translation>Причину изменили %1 — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>A lost reason needs a text.</source>
        <translation>Укажите текст причины отказа.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is already in the list.</source>
        <translation>Причина «%1» уже есть в списке.</translation>
    </message>
</context>
<context>
    <name>MeetingOutcomes</name>
    <message>
        <source>The meeting no longer exists: someone deleted it.</source>
        <translation>Встречи больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>This task is not a meeting with a company.</source>
        <translation>Эта задача — не встреча с компанией.</translation>
    </message>
    <message>
        <source>The meeting is already closed (held or cancelled); book a new one instead.</source>
        <translation>Встреча уже закрыта (проведена или отменена); назначьте новую.</translation>
    </message>
    <message>
        <source>Set when to call back after the client has thought it over.</source>
        <translation>Укажите, когда перезвонить, после того как клиент подумает.</translation>
    </message>
    <message>
        <source>The follow-up time has already passed.</source>
        <translation>Время повторного звонка уже прошло.</translation>
    </message>
    <message>
        <source>A moved meeting needs its new date and time.</source>
        <translation>Для переноса встречи укажите новые дату и время.</translation>
    </message>
    <message>
        <source>The new meeting time has already passed.</source>
        <translation>Новое время встречи уже прошло.</translation>
    </message>
    <message>
        <source>A cancelled meeting needs a time to call the company back.</source>
        <translation>При отмене встречи укажите, когда перезвонить компании.</translation>
    </message>
    <message>
        <source>The callback time has already passed.</source>
        <translation>Время перезвона уже прошло.</translation>
    </message>
    <message>
        <source>The meeting has not taken place yet: it starts at %1. Record how it went after it starts; until then it can be moved or cancelled.</source>
        <translation>Встреча ещё не состоялась: она начинается %1. Итог встречи записывают после её начала, а до того её можно перенести или отменить.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The system has no source of randomness.</source>
        <translation>В системе нет источника случайных чисел.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Пароль пуст.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>Пароль длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Не хватает памяти, чтобы защитить пароль.</translation>
    </message>
</context>
<context>
    <name>PayRates</name>
    <message>
        <source>Collector: per confirmed contact</source>
        <translation>Сборщик: за подтверждённый контакт</translation>
    </message>
    <message>
        <source>Caller: per meeting held</source>
        <translation>Менеджер первой линии: за проведённую встречу</translation>
    </message>
    <message>
        <source>Caller: bonus when the department&apos;s plan is met</source>
        <translation>Менеджер первой линии: бонус за план отдела</translation>
    </message>
    <message>
        <source>Closer: fixed part</source>
        <translation>Менеджер активных продаж: оклад</translation>
    </message>
    <message>
        <source>Closer: % of the margin of new clients&apos; payments</source>
        <translation>Менеджер активных продаж: % маржи с оплат новых клиентов</translation>
    </message>
    <message>
        <source>Closer: bonus for the personal plan</source>
        <translation>Менеджер активных продаж: бонус за личный план</translation>
    </message>
    <message>
        <source>Closer: % of earlier clients&apos; payments</source>
        <translation>Менеджер активных продаж: % с оплат прежних клиентов</translation>
    </message>
    <message>
        <source>Account manager: fixed part</source>
        <translation>Клиентский менеджер: оклад</translation>
    </message>
    <message>
        <source>Account managers: % of payments above break-even</source>
        <translation>Клиентские менеджеры: % с оплат сверх безубыточности</translation>
    </message>
    <message>
        <source>Client department: break-even a month</source>
        <translation>Клиентский отдел: безубыточность в месяц</translation>
    </message>
</context>
<context>
    <name>PaymentRecorder</name>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Укажите сумму оплаты.</translation>
    </message>
    <message>
        <source>The amount paid must be above zero; a refund is not a payment.</source>
        <translation>Сумма оплаты должна быть больше нуля; возврат — это не оплата.</translation>
    </message>
    <message>
        <source>Enter the day the payment arrived.</source>
        <translation>Укажите день поступления оплаты.</translation>
    </message>
    <message>
        <source>A payment is recorded when the money has arrived, not in advance.</source>
        <translation>Оплату вносят, когда деньги поступили, а не заранее.</translation>
    </message>
    <message>
        <source>A client can be handed only to an active account manager or the head.</source>
        <translation>Клиента можно передать только действующему менеджеру клиентского отдела или руководителю.</translation>
    </message>
    <message>
        <source>There is no active account manager to hand the new client to; choose who serves it.</source>
        <translation>Нет действующего менеджера клиентского отдела, которому можно передать нового клиента; выберите, кто будет его вести.</translation>
    </message>
    <message>
        <source>The deal is lost (%1); a payment cannot be recorded against it.</source>
        <translation>Сделка проиграна (%1); оплату по ней внести нельзя.</translation>
    </message>
    <message>
        <source>The deal is already paid in full; record a repeat sale as a new deal.</source>
        <translation>Сделка уже оплачена полностью; повторную продажу оформите новой сделкой.</translation>
    </message>
    <message>
        <source>Issue an invoice before recording a payment.</source>
        <translation>Прежде чем вносить оплату, выставьте счёт.</translation>
    </message>
    <message>
        <source>The payment is more than is left to pay on the deal (%1).</source>
        <translation>Оплата больше остатка к оплате по сделке (%1).</translation>
    </message>
    <message>
        <source>The company no longer exists: someone deleted it.</source>
        <translation>Компании больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>First payment: handed over to %1</source>
        <translation>Первая оплата: клиент передан — %1</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>The payment no longer exists: someone deleted it.</source>
        <translation>Оплаты больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>The payment was changed by %1 at %2 since you opened it.</source>
        <translation>Оплату изменил пользователь %1 (%2) — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>The payment was changed at %1 since you opened it.</source>
        <translation>Оплату изменили %1 — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>A payment needs a company, a date and an amount above zero.</source>
        <translation>Для оплаты нужны компания, дата и сумма больше нуля.</translation>
    </message>
</context>
<context>
    <name>PayrollReport</name>
    <message>
        <source>Fixed part</source>
        <translation>Оклад</translation>
    </message>
    <message>
        <source>Confirmed contacts</source>
        <translation>Подтверждённые контакты</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведённые встречи</translation>
    </message>
    <message>
        <source>Department plan bonus</source>
        <translation>Бонус за план отдела</translation>
    </message>
    <message>
        <source>Margin of new clients&apos; payments</source>
        <translation>Маржа с оплат новых клиентов</translation>
    </message>
    <message>
        <source>Personal plan bonus</source>
        <translation>Бонус за личный план</translation>
    </message>
    <message>
        <source>Payments of earlier clients</source>
        <translation>Оплаты прежних клиентов</translation>
    </message>
    <message>
        <source>Client department bonus</source>
        <translation>Бонус клиентского отдела</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>Pay is monthly: choose a whole month.</source>
        <translation>Зарплата считается за месяц: выберите целый месяц.</translation>
    </message>
    <message>
        <source>Only the head of sales closes a month&apos;s pay.</source>
        <translation>Закрыть зарплату за месяц может только руководитель отдела продаж.</translation>
    </message>
    <message>
        <source>A month can be closed once it is over.</source>
        <translation>Месяц можно закрыть только после его окончания.</translation>
    </message>
    <message>
        <source>The pay of %1 is already closed.</source>
        <translation>Зарплата за %1 уже закрыта.</translation>
    </message>
    <message>
        <source>Only the head of sales sets pay rates.</source>
        <translation>Ставки оплаты задаёт только руководитель отдела продаж.</translation>
    </message>
    <message>
        <source>Unknown pay rate &quot;%1&quot;.</source>
        <translation>Неизвестная ставка «%1».</translation>
    </message>
    <message>
        <source>Say from when the rate applies.</source>
        <translation>Укажите, с какого момента действует ставка.</translation>
    </message>
    <message>
        <source>A pay rate cannot be below zero (%1).</source>
        <translation>Ставка не может быть меньше нуля (%1).</translation>
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
    <name>PlanEditor</name>
    <message>
        <source>Only the head of sales sets plans.</source>
        <translation>Планы ставит только руководитель отдела продаж.</translation>
    </message>
    <message>
        <source>Unknown plan figure &quot;%1&quot;.</source>
        <translation>Неизвестный показатель плана «%1».</translation>
    </message>
    <message>
        <source>A plan cannot be below zero (%1: %2).</source>
        <translation>План не может быть меньше нуля (%1: %2).</translation>
    </message>
    <message>
        <source>A plan&apos;s month is written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>Месяц плана пишется как ГГГГ-ММ, а не «%1».</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>Сотрудника %1 нет.</translation>
    </message>
    <message>
        <source>The head of sales has no norm.</source>
        <translation>У руководителя отдела продаж нет нормы.</translation>
    </message>
</context>
<context>
    <name>PlanMetrics</name>
    <message>
        <source>Contacts collected</source>
        <translation>Собрано контактов</translation>
    </message>
    <message>
        <source>Contacts confirmed</source>
        <translation>Подтверждено контактов</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Назначено встреч</translation>
    </message>
    <message>
        <source>Booked meetings held</source>
        <translation>Проведено из назначенных</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведено встреч</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>КП</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>First payments</source>
        <translation>Первые оплаты</translation>
    </message>
    <message>
        <source>Payments collected</source>
        <translation>Собрано оплат</translation>
    </message>
    <message>
        <source>Clients reactivated</source>
        <translation>Возвращено клиентов</translation>
    </message>
    <message>
        <source>VIP visits</source>
        <translation>VIP-визиты</translation>
    </message>
    <message>
        <source>VIP visits due</source>
        <translation>VIP-визитов по плану</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>Plans are monthly: choose a whole month.</source>
        <translation>План ставится на месяц: выберите целый месяц.</translation>
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
        <source>When the base is new, fill it with demo data without asking.</source>
        <translation>Если база новая, заполнить её демонстрационными данными без вопроса.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>Writes the companies of a Voronka base as CSV (UTF-8).</source>
        <translation>Экспортирует компании из базы «Воронки» в CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>Команда export.</translation>
    </message>
    <message>
        <source>The base to export.</source>
        <translation>База для экспорта.</translation>
    </message>
    <message>
        <source>The CSV file to write (default: stdout).</source>
        <translation>CSV-файл для записи (по умолчанию: stdout).</translation>
    </message>
    <message>
        <source>; or ,</source>
        <translation>; или ,</translation>
    </message>
    <message>
        <source>Only companies matching this search.</source>
        <translation>Только компании, найденные по этому запросу.</translation>
    </message>
    <message>
        <source>Only companies at this stage.</source>
        <translation>Только компании на этом этапе.</translation>
    </message>
    <message>
        <source>export needs --db PATH.</source>
        <translation>Для команды export нужен параметр --db PATH.</translation>
    </message>
    <message>
        <source>--delimiter must be ; or ,</source>
        <translation>Для --delimiter допустимы только ; или ,</translation>
    </message>
    <message>
        <source>Unknown stage: %1</source>
        <translation>Неизвестный этап: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не удаётся писать в стандартный вывод.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies written to %1.</source>
        <translation>
            <numerusform>%n компания записана в %1.</numerusform>
            <numerusform>%n компании записаны в %1.</numerusform>
            <numerusform>%n компаний записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver runs SQLite %1 but Voronka was built with %2; bulk operations may be unsafe.</source>
        <translation>Драйвер SQLite в Qt работает с SQLite %1, а «Воронка» собрана с %2; массовые операции могут быть небезопасны.</translation>
    </message>
    <message>
        <source>--undo needs the number of an import.</source>
        <translation>Для --undo нужен номер импорта.</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 companies removed, %3 added rows and %4 filled fields taken back from other companies.
</source>
        <translation>Импорт №&#xa0;%1 отменён. Удалено компаний: %2; у других компаний убрано добавленных записей: %3, снова очищено полей: %4.
</translation>
    </message>
    <message>
        <source>Imports a cold-call list (CSV) into a Voronka base as one batch.</source>
        <translation>Импортирует список для холодного обзвона (CSV) в базу «Воронки» целиком, одним импортом.</translation>
    </message>
    <message>
        <source>The import command.</source>
        <translation>Команда import.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>CSV-файл для импорта.</translation>
    </message>
    <message>
        <source>The base to import into.</source>
        <translation>База для импорта.</translation>
    </message>
    <message>
        <source>auto, utf-8, windows-1251, koi8-r or utf-16.</source>
        <translation>auto, utf-8, windows-1251, koi8-r или utf-16.</translation>
    </message>
    <message>
        <source>auto, ;, ,, tab or pipe.</source>
        <translation>auto, ;, ,, tab или pipe.</translation>
    </message>
    <message>
        <source>skip, merge or import a row that matches a company.</source>
        <translation>Что делать со строкой, совпавшей с компанией: skip, merge или import.</translation>
    </message>
    <message>
        <source>Country for national phone numbers (ISO code).</source>
        <translation>Страна для номеров телефонов без международного кода (код ISO).</translation>
    </message>
    <message>
        <source>Source to record on the companies.</source>
        <translation>Источник, который записать в компании.</translation>
    </message>
    <message>
        <source>Write rejected, duplicate and flagged rows to this CSV file.</source>
        <translation>Записать в этот CSV-файл отклонённые строки, дубли и строки с пометкой «проверьте».</translation>
    </message>
    <message>
        <source>Undo the import with this number.</source>
        <translation>Отменить импорт с этим номером.</translation>
    </message>
    <message>
        <source>import needs --db PATH.</source>
        <translation>Для команды import нужен параметр --db PATH.</translation>
    </message>
    <message>
        <source>--undo takes no file.</source>
        <translation>С --undo файл не указывается.</translation>
    </message>
    <message>
        <source>import needs one FILE.</source>
        <translation>Для команды import нужен один FILE.</translation>
    </message>
    <message>
        <source>Unknown encoding: %1</source>
        <translation>Неизвестная кодировка: %1</translation>
    </message>
    <message>
        <source>Unknown delimiter: %1</source>
        <translation>Неизвестный разделитель: %1</translation>
    </message>
    <message>
        <source>Unknown duplicate policy: %1</source>
        <translation>Неизвестный режим для дублей: %1</translation>
    </message>
    <message>
        <source>--region needs a two-letter country code.</source>
        <translation>Для --region нужен двухбуквенный код страны.</translation>
    </message>
    <message>
        <source>No user with the login %1.</source>
        <translation>Нет пользователя с логином %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Не удаётся записать отчёт %1: %2</translation>
    </message>
    <message>
        <source>The report %1 could not be written completely.</source>
        <translation>Отчёт %1 записан не полностью.</translation>
    </message>
    <message>
        <source>Import %1: %2 rows read, %3 imported, %4 duplicates (%5 merged, %6 skipped), %7 rejected, %8 flagged. Encoding %9, delimiter %10.
</source>
        <translation>Импорт №&#xa0;%1. Прочитано строк: %2, импортировано: %3, дублей: %4 (объединено: %5, пропущено: %6), отклонено: %7, с пометкой «проверьте»: %8. Кодировка %9, разделитель %10.
</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a Voronka base; it may be in use by others meanwhile.</source>
        <translation>Записывает согласованную копию базы «Воронки»; в это время базой могут пользоваться другие.</translation>
    </message>
    <message>
        <source>The backup command.</source>
        <translation>Команда backup.</translation>
    </message>
    <message>
        <source>The base to back up.</source>
        <translation>База, резервную копию которой нужно сделать.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Файл резервной копии для записи.</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>Заменить FILE, если он уже существует.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>Для команды backup нужен параметр --out FILE.</translation>
    </message>
    <message>
        <source>--out must not be the base itself.</source>
        <translation>В --out нельзя указывать саму базу.</translation>
    </message>
    <message>
        <source>%1 is a folder; --out needs a file name.</source>
        <translation>%1 — это папка; для --out нужно имя файла.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 уже существует; добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).
</source>
        <translation>Резервная копия %1 записана в %2 (%3).
</translation>
    </message>
    <message>
        <source>%1 needs --db PATH.</source>
        <translation>Для команды %1 нужен параметр --db PATH.</translation>
    </message>
    <message>
        <source>The check command.</source>
        <translation>Команда check.</translation>
    </message>
    <message>
        <source>The base to check.</source>
        <translation>База для проверки.</translation>
    </message>
    <message>
        <source>%1: ok
</source>
        <translation>%1: в порядке
</translation>
    </message>
    <message>
        <source>%1: DAMAGED
  %2
</source>
        <translation>%1: ПОВРЕЖДЕНА
  %2
</translation>
    </message>
    <message>
        <source>%1 is damaged; restore the latest good backup (File → Restore from backup…).</source>
        <translation>База %1 повреждена; восстановите последнюю исправную резервную копию (Файл → Восстановить из копии…).</translation>
    </message>
    <message>
        <source>The backup is in place. The base as it was is kept as %1.</source>
        <translation>Резервная копия восстановлена. Прежняя база сохранена как %1.</translation>
    </message>
    <message>
        <source>The backup was not restored.

%1</source>
        <translation>Резервная копия не восстановлена.

%1</translation>
    </message>
    <message>
        <source>Assign the companies to this user; left out, they are not assigned and go to every caller&apos;s queue.</source>
        <translation>Закрепить компании за этим пользователем; без параметра они ни за кем не закрепляются и попадают в очередь каждого менеджера первой линии.</translation>
    </message>
    <message>
        <source>  pending: %1
</source>
        <translation>  не завершено: %1
</translation>
    </message>
    <message>
        <source>  plus %1</source>
        <translation>  и ещё %1</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>%1 companies of the import of %2 by %3 (started %4), being removed</source>
        <translation>%1 компаний импорта %2 (%3, начат %4), удаляются</translation>
    </message>
    <message>
        <source>%1 companies of an unfinished import of %2 by %3 (started %4)</source>
        <translation>%1 компаний незавершённого импорта %2 (%3, начат %4)</translation>
    </message>
    <message>
        <source>%1 is too busy to check: others saved to it at every step of copying it, or another program holds it. Try again when fewer people are saving.</source>
        <translation>База %1 слишком занята для проверки: другие сохраняли в неё изменения на каждом шаге копирования, или её держит другая программа. Повторите, когда сохраняющих будет меньше.</translation>
    </message>
    <message>
        <source>There is no room in %1 for the copy of the base that the check reads. Set TMPDIR to a folder with room for a copy of the base and try again.</source>
        <translation>В %1 нет места для копии базы, которую читает проверка. Укажите в TMPDIR папку, где поместится копия базы, и повторите.</translation>
    </message>
    <message>
        <source>Runs the full integrity check of a Voronka base, on a copy in the temporary folder (TMPDIR) made in steps, so that others can save meanwhile.</source>
        <translation>Выполняет полную проверку целостности базы «Воронки» на копии во временной папке (TMPDIR), сделанной по шагам, чтобы другие могли тем временем сохранять изменения.</translation>
    </message>
    <message>
        <source>The index command.</source>
        <translation>Команда index.</translation>
    </message>
    <message>
        <source>The base whose index to fill.</source>
        <translation>База, индекс которой нужно заполнить.</translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n companies for search.
</source>
        <translation>
            <numerusform>Проиндексирована для поиска %n компания.
</numerusform>
            <numerusform>Проиндексированы для поиска %n компании.
</numerusform>
            <numerusform>Проиндексировано для поиска %n компаний.
</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked (voronka check reads the whole file)</source>
        <translation>не проверялась (voronka check читает весь файл)</translation>
    </message>
    <message>
        <source>Awaiting the search index: %1 imported companies (an open window fills it, or voronka index)</source>
        <translation>Ждут поискового индекса: %1 импортированных компаний (его заполнит открытое окно или voronka index)</translation>
    </message>
    <message>
        <source>Shows what a Voronka base holds (voronka check checks that it is intact).</source>
        <translation>Показывает, что хранится в базе «Воронки» (целостность проверяет voronka check).</translation>
    </message>
    <message>
        <source>How long each write step may hold the base&apos;s lock, in ms (default %1). Less on a busy share: colleagues&apos; saves wait less, the import takes longer.</source>
        <translation>Сколько миллисекунд может держать блокировку базы каждый шаг записи (по умолчанию %1). На загруженной общей папке меньше: сохранения коллег ждут меньше, импорт идёт дольше.</translation>
    </message>
    <message>
        <source>--step-ms needs a number of milliseconds from %1 to %2.</source>
        <translation>--step-ms требует число миллисекунд от %1 до %2.</translation>
    </message>
    <message>
        <source>Who collected the companies (paid per confirmed contact); left out, the user importing them.</source>
        <translation>Кто собрал компании (оплата за подтверждённый контакт); если не указано — тот, кто импортирует.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 — отключён.</translation>
    </message>
    <message>
        <source>Only companies of this region (&quot;Свердловская обл&quot; or a city of it will do).</source>
        <translation>Только компании этого региона (подойдёт «Свердловская обл» или город региона).</translation>
    </message>
    <message>
        <source>--region needs a region.</source>
        <translation>Для --region нужен регион.</translation>
    </message>
    <message>
        <source>Voronka, a CRM for sales departments that work as a conveyor.

Commands (voronka COMMAND --help for more):
  info     show what a base holds (check checks it)
  import   import a cold-call list (CSV) as one batch, or undo a batch
  index    fill the search index with the imported companies waiting for it
  export   write the companies as CSV
  backup   write a consistent copy of a base
  check    run the full integrity check of a base
  user     list, add and deactivate people, set passwords
  assign   hand companies out to people, or take a hand-out back
  report   print the funnel or each person&apos;s activity for a period</source>
        <translation>«Воронка» — CRM для отделов продаж, работающих по принципу конвейера.

Команды (подробнее: voronka КОМАНДА --help):
  info     показать, что хранится в базе (проверяет её check)
  import   импортировать список для холодных звонков (CSV) одним пакетом или отменить пакет
  index    заполнить поисковый индекс импортированными компаниями, которые его ждут
  export   записать компании в CSV
  backup   записать согласованную копию базы
  check    выполнить полную проверку целостности базы
  user     показать, добавить и отключить сотрудников, задать пароли
  assign   раздать компании сотрудникам или отменить раздачу
  report   показать воронку или работу каждого сотрудника за период</translation>
    </message>
    <message>
        <source>Fills the search index with the imported companies still waiting for it, and prepares the history of a base upgraded from an older Voronka for the reports (an open Voronka window does both by itself).</source>
        <translation>Добавляет в поисковый индекс импортированные компании, которые его ждут, и готовит для отчётов историю базы, обновлённой со старой версии Воронки (открытое окно Воронки делает это само).</translation>
    </message>
</context>
<context>
    <name>RememberedSignIn</name>
    <message>
        <source>Only an active person can be remembered.</source>
        <translation>Запомнить можно только действующего сотрудника.</translation>
    </message>
</context>
<context>
    <name>RememberedUser</name>
    <message>
        <source>This computer&apos;s keychain did not take the sign-in: you will be asked for your password next time.</source>
        <translation>Хранилище паролей этого компьютера не приняло вход: в следующий раз понадобится пароль.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1 · %2% on</source>
        <translation>%1 · дальше %2%</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вошло</translation>
    </message>
    <message>
        <source>Entries per stage, and the share that went on to the next</source>
        <translation>Вошло на этап и доля перешедших на следующий</translation>
    </message>
    <message>
        <source>Nothing was lost in the period</source>
        <translation>За период потерь нет</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указана)</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;(%2)</source>
        <translation>%1&lt;br&gt;(%2)</translation>
    </message>
    <message>
        <source>The most frequent lost reasons</source>
        <translation>Частые причины потерь</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Назначено встреч</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведено встреч</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>КП</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>First payments</source>
        <translation>Первые оплаты</translation>
    </message>
    <message>
        <source>No meetings, offers, contracts or first payments in the period</source>
        <translation>За период нет встреч, КП, договоров и первых оплат</translation>
    </message>
    <message>
        <source>No weeks in the period</source>
        <translation>В периоде нет недель</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Nobody with a plan</source>
        <translation>Ни у кого нет плана</translation>
    </message>
    <message>
        <source>Main figure due by today, % of plan</source>
        <translation>Главный показатель: темп на сегодня, % плана</translation>
    </message>
    <message>
        <source>Done (red: behind the pace)</source>
        <translation>Сделано (красным — отстаёт от темпа)</translation>
    </message>
    <message>
        <source>The period has not begun yet</source>
        <translation>Период ещё не начался</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 требует дату в виде ГГГГ-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>Prints a report of a Voronka base: funnel (from the stage history), activity (each person&apos;s calls, meetings, deals and payments), plan (against each role&apos;s norm) or payroll (pay for results).</source>
        <translation>Печатает отчёт по базе «Воронки»: воронку (по истории этапов), работу (звонки, встречи, сделки и оплаты каждого), план (против нормы роли) или зарплату (оплату за результат).</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>Команда отчёта.</translation>
    </message>
    <message>
        <source>funnel, activity, plan or payroll.</source>
        <translation>funnel, activity, plan или payroll.</translation>
    </message>
    <message>
        <source>The base to read.</source>
        <translation>База, из которой читать.</translation>
    </message>
    <message>
        <source>The period&apos;s first day (default: the first of this month).</source>
        <translation>Первый день периода (по умолчанию — первое число текущего месяца).</translation>
    </message>
    <message>
        <source>The period&apos;s last day (default: the month&apos;s last).</source>
        <translation>Последний день периода (по умолчанию — последний день месяца).</translation>
    </message>
    <message>
        <source>One person&apos;s figures.</source>
        <translation>Показатели одного сотрудника.</translation>
    </message>
    <message>
        <source>cohort (companies created in the period, followed to today) or period (what happened in the period; the default).</source>
        <translation>cohort (компании, созданные за период, до сегодняшнего дня) или period (что произошло за период; по умолчанию).</translation>
    </message>
    <message>
        <source>The companies of one region only.</source>
        <translation>Только компании одного региона.</translation>
    </message>
    <message>
        <source>The companies of one source only.</source>
        <translation>Только компании одного источника.</translation>
    </message>
    <message>
        <source>The time zone the days are in (default: the computer&apos;s).</source>
        <translation>Часовой пояс дней периода (по умолчанию — пояс компьютера).</translation>
    </message>
    <message>
        <source>Print one JSON object (keys: docs/reports.md).</source>
        <translation>Вывести один объект JSON (ключи: docs/reports.md).</translation>
    </message>
    <message>
        <source>Print CSV (UTF-8, &apos;;&apos;, as Excel opens it).</source>
        <translation>Вывести CSV (UTF-8, «;», как открывает Excel).</translation>
    </message>
    <message>
        <source>Say which report: voronka report funnel|activity|plan|payroll --db PATH.</source>
        <translation>Укажите отчёт: voronka report funnel|activity|plan|payroll --db ПУТЬ.</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;: funnel, activity, plan or payroll.</source>
        <translation>Неизвестный отчёт «%1»: funnel, activity, plan или payroll.</translation>
    </message>
    <message>
        <source>--json and --csv do not go together.</source>
        <translation>--json и --csv вместе не используются.</translation>
    </message>
    <message>
        <source>--view must be cohort or period.</source>
        <translation>--view должен быть cohort или period.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (e.g. Europe/Moscow).</source>
        <translation>Неизвестный часовой пояс «%1» (например, Europe/Moscow).</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>Неизвестный регион «%1».</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>No person with the login &quot;%1&quot;.</source>
        <translation>Нет сотрудника с логином «%1».</translation>
    </message>
    <message>
        <source>The %1 report is by person: --region and --source do not apply.</source>
        <translation>Отчёт %1 строится по сотрудникам: --region и --source к нему не применяются.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не удаётся писать в стандартный вывод.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>С %1 по %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ReportCsvFile</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Не удалось записать отчёт в %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>The activity is counted by person: choose everyone or one person to see it.</source>
        <translation>Работа считается по сотрудникам: выберите «Все» или одного сотрудника.</translation>
    </message>
    <message>
        <source>Plans and pay are counted by person: choose everyone or one person to see them.</source>
        <translation>План и оплата считаются по людям: выберите всех или одного сотрудника.</translation>
    </message>
    <message>
        <source>Plans are monthly: choose a whole month.</source>
        <translation>План ставится на месяц: выберите целый месяц.</translation>
    </message>
    <message>
        <source>Pay is monthly: choose a whole month.</source>
        <translation>Оплата считается за месяц: выберите целый месяц.</translation>
    </message>
    <message>
        <source>The funnel calculator is the head&apos;s.</source>
        <translation>Калькулятор воронки доступен только руководителю.</translation>
    </message>
</context>
<context>
    <name>ReportPrintout</name>
    <message>
        <source>Nothing in the period.</source>
        <translation>За период ничего нет.</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <source>You see your own figures only.</source>
        <translation>Вам доступны только ваши показатели.</translation>
    </message>
    <message>
        <source>You see the region %1 only.</source>
        <translation>Вам доступен только регион %1.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Funnel: %1</source>
        <translation>Воронка: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вошло</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>На этапе</translation>
    </message>
    <message>
        <source>To next stage, %</source>
        <translation>На след. этап, %</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медиана, дн.</translation>
    </message>
    <message>
        <source>80% days</source>
        <translation>80% за, дн.</translation>
    </message>
    <message>
        <source>Entered before</source>
        <translation>Вошло ранее</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины потерь</translation>
    </message>
    <message>
        <source>Stage left</source>
        <translation>С этапа</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указана)</translation>
    </message>
    <message>
        <source>Conversion between stages, %</source>
        <translation>Конверсия между этапами, %</translation>
    </message>
    <message>
        <source>From \ to</source>
        <translation>Из \ в</translation>
    </message>
    <message>
        <source>Activity by person</source>
        <translation>Работа сотрудников</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Назначено встреч</translation>
    </message>
    <message>
        <source>Booked meetings held</source>
        <translation>Проведено из назначенных</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведено встреч</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>КП</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>First payments</source>
        <translation>Первые оплаты</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <source>Contacts collected</source>
        <translation>Собрано контактов</translation>
    </message>
    <message>
        <source>Contacts confirmed</source>
        <translation>Подтверждено контактов</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>План и факт</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>Behind the pace</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <source>Done, %</source>
        <translation>Выполнено, %</translation>
    </message>
    <message>
        <source> (norm)</source>
        <translation> (норма)</translation>
    </message>
    <message>
        <source>Pay for %1 (closed)</source>
        <translation>Зарплата за %1 (закрыто)</translation>
    </message>
    <message>
        <source>Pay for %1</source>
        <translation>Зарплата за %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За что</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Weekly trends</source>
        <translation>Динамика по неделям</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
</context>
<context>
    <name>RowInterpreter</name>
    <message>
        <source>E-mail as written: %1</source>
        <translation>E-mail в исходном виде: %1</translation>
    </message>
    <message>
        <source>no company name and no phone</source>
        <translation>нет ни названия компании, ни телефона</translation>
    </message>
    <message>
        <source>Company without a name</source>
        <translation>Компания без названия</translation>
    </message>
    <message>
        <source>no company name</source>
        <translation>нет названия компании</translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>The script &quot;%1&quot; cannot be followed: %2</source>
        <translation>По скрипту «%1» нельзя вести разговор: %2</translation>
    </message>
    <message>
        <source>The script &quot;%1&quot; ends in an unknown outcome &quot;%2&quot;.</source>
        <translation>Скрипт «%1» ведёт к неизвестному результату «%2».</translation>
    </message>
    <message>
        <source>The call has already ended by the script.</source>
        <translation>Разговор по скрипту уже закончен.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has no answer %2: choose one of 1 to %3.</source>
        <translation>У шага «%1» нет ответа %2: выберите от 1 до %3.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password. (A person whose password is not set yet asks the head to set it.)</source>
        <translation>Неверный логин или пароль. (Если пароль ещё не задан, попросите руководителя задать его.)</translation>
    </message>
</context>
<context>
    <name>StageMover</name>
    <message>
        <source>Choose a reason from the list of lost reasons.</source>
        <translation>Выберите причину из списка причин отказа.</translation>
    </message>
    <message>
        <source>The lost reason is not in the list (it may have been removed); choose another.</source>
        <translation>Такой причины нет в списке (возможно, её удалили); выберите другую.</translation>
    </message>
    <message>
        <source>A deal becomes paid when its payment is recorded, not by moving it.</source>
        <translation>Сделка становится оплаченной, когда внесена оплата, а не переводом на этот шаг.</translation>
    </message>
    <message>
        <source>Enter the deal&apos;s amount before issuing an invoice.</source>
        <translation>Прежде чем выставить счёт, укажите сумму сделки.</translation>
    </message>
    <message>
        <source>An invoice needs its number and date.</source>
        <translation>Для счёта нужны номер и дата.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The base file is damaged. Restore the latest good backup.</source>
        <translation>Файл базы повреждён. Восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>The change was not saved: the base file cannot be written any more (it or its folder became read-only, or it was moved or deleted).</source>
        <translation>Изменение не сохранено: в файл базы больше нельзя записывать (он или его папка стали доступны только для чтения, либо файл перемещён или удалён).</translation>
    </message>
    <message>
        <source>The change was not saved: the disk holding the base is full. Free some space and save again.</source>
        <translation>Изменение не сохранено: диск с базой заполнен. Освободите место и сохраните снова.</translation>
    </message>
    <message>
        <source>The base file cannot be reached: its folder may have become read-only, or the network share disconnected.</source>
        <translation>Нет доступа к файлу базы: возможно, его папка стала доступна только для чтения или отключился сетевой диск.</translation>
    </message>
    <message>
        <source>The base file could not be read or written (a disk or network error).</source>
        <translation>Не удалось прочитать или записать файл базы (ошибка диска или сети).</translation>
    </message>
    <message>
        <source>The base is busy: another desktop or program is using it right now. Nothing was changed; try again in a moment.</source>
        <translation>База занята: сейчас с ней работает другой компьютер или программа. Ничего не изменено; попробуйте ещё раз чуть позже.</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>просрочено на %n мин</numerusform>
            <numerusform>просрочено на %n мин</numerusform>
            <numerusform>просрочено на %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h late</source>
        <translation>
            <numerusform>просрочено на %n ч</numerusform>
            <numerusform>просрочено на %n ч</numerusform>
            <numerusform>просрочено на %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was not closed</source>
        <translation>Задача не закрыта</translation>
    </message>
    <message>
        <source>The task was not snoozed</source>
        <translation>Задача не отложена</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <source>Remind me &amp;at:</source>
        <translation>&amp;Напомнить:</translation>
    </message>
    <message>
        <source>For &amp;10 minutes</source>
        <translation>На &amp;10 минут</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>На 1 &amp;час</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow 9:00</source>
        <translation>До &amp;завтра 9:00</translation>
    </message>
    <message>
        <source>&amp;Until…</source>
        <translation>&amp;Другое время…</translation>
    </message>
    <message>
        <source>Done at %1. The task is taken off the list.</source>
        <translation>Выполнена %1. Задача убрана из списка.</translation>
    </message>
    <message>
        <source>Cancelled at %1. The task is taken off the list.</source>
        <translation>Отменена %1. Задача убрана из списка.</translation>
    </message>
    <message>
        <source>Done by %1 at %2. The task is taken off the list.</source>
        <translation>Выполнена: %1, %2. Задача убрана из списка.</translation>
    </message>
    <message>
        <source>Cancelled by %1 at %2. The task is taken off the list.</source>
        <translation>Отменена: %1, %2. Задача убрана из списка.</translation>
    </message>
    <message>
        <source>Task already closed</source>
        <translation>Задача уже закрыта</translation>
    </message>
    <message>
        <source>Type the date and time like this: %1.</source>
        <translation>Введите дату и время в таком виде: %1.</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Follow up the offer</source>
        <translation>Узнать решение по КП</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Напомнить об оплате</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Реактивация</translation>
    </message>
    <message>
        <source>VIP visit</source>
        <translation>VIP-визит</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>The task no longer exists: someone deleted it.</source>
        <translation>Задачи больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>The task was changed by %1 at %2 since you opened it.</source>
        <translation>Задачу изменил пользователь %1 (%2) — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>The task was changed at %1 since you opened it.</source>
        <translation>Задачу изменили %1 — уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>A task needs a due time.</source>
        <translation>Укажите срок задачи.</translation>
    </message>
    <message>
        <source>The task is already closed.</source>
        <translation>Задача уже закрыта.</translation>
    </message>
    <message>
        <source>Snooze the task until a valid time.</source>
        <translation>Укажите корректное время, до которого отложить задачу.</translation>
    </message>
</context>
<context>
    <name>TaskRuleSettings</name>
    <message>
        <source>A rule&apos;s task comes between 1 and %1 days later.</source>
        <translation>Задача по правилу ставится на срок от 1 до %1 дн. вперёд.</translation>
    </message>
    <message>
        <source>The clients visited twice a year are between 1% and 100% of them.</source>
        <translation>Доля клиентов, которых посещают дважды в год, — от 1% до 100%.</translation>
    </message>
    <message>
        <source>A task is shown to the head when it is overdue by 1 to %1 hours.</source>
        <translation>Задача показывается руководителю, если она просрочена на срок от 1 до %1 ч.</translation>
    </message>
</context>
<context>
    <name>TaskRules</name>
    <message>
        <source>No payment for %1 days; this client usually pays every %2 days.</source>
        <translation>Оплаты нет уже %1 дн.; обычно этот клиент платит раз в %2 дн.</translation>
    </message>
    <message>
        <source>A top client by revenue: visit twice a year.</source>
        <translation>Один из крупнейших клиентов по выручке: посещать дважды в год.</translation>
    </message>
    <message>
        <source>Visit each client once a year.</source>
        <translation>Посещать каждого клиента раз в год.</translation>
    </message>
    <message>
        <source>In reactivation without a next step: call the client and find out what changed.</source>
        <translation>Клиент на реактивации без следующего шага: позвоните и узнайте, что изменилось.</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Only the head of sales sets the team&apos;s rules.</source>
        <translation>Задавать правила команды может только руководитель отдела продаж.</translation>
    </message>
</context>
<context>
    <name>TrendReport</name>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>Период не может закончиться раньше, чем начался.</translation>
    </message>
</context>
<context>
    <name>UnfinishedBatchCleaner</name>
    <message>
        <source>the command line</source>
        <translation>командная строка</translation>
    </message>
    <message numerus="yes">
        <source>An unfinished undo of the import of %1 by %2 (started %3) was completed: %n companies removed</source>
        <translation>
            <numerusform>Незавершённая отмена импорта %1 (%2, начат %3) доведена до конца: удалена %n компания</numerusform>
            <numerusform>Незавершённая отмена импорта %1 (%2, начат %3) доведена до конца: удалены %n компании</numerusform>
            <numerusform>Незавершённая отмена импорта %1 (%2, начат %3) доведена до конца: удалено %n компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An unfinished import of %1 by %2 (started %3) was removed: %n companies</source>
        <translation>
            <numerusform>Незавершённый импорт %1 (%2, начат %3) удалён: %n компания</numerusform>
            <numerusform>Незавершённый импорт %1 (%2, начат %3) удалён: %n компании</numerusform>
            <numerusform>Незавершённый импорт %1 (%2, начат %3) удалён: %n компаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>Voronka</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Voronka.

A big base takes a minute or two: please wait, and do not close the program.</source>
        <translation>Обновляю %1 для этой версии «Воронки».

Большая база обновляется минуту-другую: подождите и не закрывайте программу.</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <source>A person needs a role.</source>
        <translation>У сотрудника должна быть роль.</translation>
    </message>
    <message>
        <source>Only the head of sales manages people.</source>
        <translation>Управлять сотрудниками может только руководитель отдела продаж.</translation>
    </message>
    <message>
        <source>There is no user with the login %1.</source>
        <translation>Пользователя с логином %1 нет.</translation>
    </message>
    <message>
        <source>%1 is the only head of sales; make someone else head first.</source>
        <translation>%1 — единственный руководитель отдела продаж; сначала назначьте руководителем кого-то ещё.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 — учётная запись отключена.</translation>
    </message>
    <message>
        <source>Only the head of sales sets other people&apos;s passwords.</source>
        <translation>Задавать пароли другим может только руководитель отдела продаж.</translation>
    </message>
    <message>
        <source>The first password must be a head&apos;s: it turns sign-in on for everybody, and the head then sets the others&apos;.</source>
        <translation>Первым пароль задаёт руководитель: с ним вход по паролю включается для всех, и потом руководитель задаёт пароли остальным.</translation>
    </message>
    <message>
        <source>%1 is deactivated already.</source>
        <translation>%1 — учётная запись уже отключена.</translation>
    </message>
    <message>
        <source>%1 is not a region: give a federal subject (&quot;Свердловская область&quot;) or its city, or a region the base&apos;s companies already have.</source>
        <translation>%1 — не регион: укажите субъект РФ («Свердловская область») или его город либо регион, который уже есть у компаний базы.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>РОЛИ</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>АКТИВЕН</translation>
    </message>
    <message>
        <source>COMPANIES</source>
        <translation>КОМПАНИЙ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Unknown role: %1 (roles: %2).</source>
        <translation>Неизвестная роль: %1 (роли: %2).</translation>
    </message>
    <message>
        <source>user add needs --role ROLE[,ROLE] (roles: %1).</source>
        <translation>Для user add нужен --role РОЛЬ[,РОЛЬ] (роли: %1).</translation>
    </message>
    <message>
        <source>%1 (%2) added: %3.
</source>
        <translation>%1 (%2) добавлен: %3.
</translation>
    </message>
    <message>
        <source>No new password: set %1, or run the command on a terminal to type it.</source>
        <translation>Нет нового пароля: задайте %1 или запустите команду в терминале, чтобы ввести его.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Ещё раз: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>No new password was typed; nothing was changed.</source>
        <translation>Новый пароль не введён; ничего не изменено.</translation>
    </message>
    <message>
        <source>The password of %1 (%2) is set.
</source>
        <translation>Пароль для %1 (%2) установлен.
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is deactivated; %n companies handed over:
</source>
        <translation>
            <numerusform>%1 (%2) отключён; передана %n компания:
</numerusform>
            <numerusform>%1 (%2) отключён; переданы %n компании:
</numerusform>
            <numerusform>%1 (%2) отключён; передано %n компаний:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n to %1 (%2)
</source>
        <translation>
            <numerusform>  %n — сотруднику %1 (%2)
</numerusform>
            <numerusform>  %n — сотруднику %1 (%2)
</numerusform>
            <numerusform>  %n — сотруднику %1 (%2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>The user command.</source>
        <translation>Команда user.</translation>
    </message>
    <message>
        <source>The person (not for list).</source>
        <translation>Сотрудник (не для list).</translation>
    </message>
    <message>
        <source>The base.</source>
        <translation>База.</translation>
    </message>
    <message>
        <source>add: the person&apos;s full name.</source>
        <translation>add: полное имя сотрудника.</translation>
    </message>
    <message>
        <source>add: the roles, comma-separated (%1).</source>
        <translation>add: роли через запятую (%1).</translation>
    </message>
    <message>
        <source>deactivate: who takes over the person&apos;s companies, deals and tasks (several: spread evenly).</source>
        <translation>deactivate: кому передать компании, сделки и задачи сотрудника (нескольким — поровну).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Unknown user action: %1</source>
        <translation>Неизвестное действие user: %1</translation>
    </message>
    <message>
        <source>user list takes no login.</source>
        <translation>user list не принимает логин.</translation>
    </message>
    <message>
        <source>user %1 needs one LOGIN.</source>
        <translation>Для user %1 нужен один ЛОГИН.</translation>
    </message>
    <message>
        <source>user needs --db PATH.</source>
        <translation>Для user нужен --db ПУТЬ.</translation>
    </message>
    <message>
        <source>--to is for user deactivate.</source>
        <translation>--to — только для user deactivate.</translation>
    </message>
    <message>
        <source>user add needs --name NAME.</source>
        <translation>Для user add нужен --name ИМЯ.</translation>
    </message>
    <message>
        <source>user deactivate needs --to LOGIN[,LOGIN...]: who takes over the work.</source>
        <translation>Для user deactivate нужен --to ЛОГИН[,ЛОГИН...]: кому передать работу.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>РЕГИОН</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>%1 (%2) added: %3, region %4.
</source>
        <translation>%1 (%2) добавлен: %3, регион %4.
</translation>
    </message>
    <message>
        <source>%1 (%2) works in every region.
</source>
        <translation>%1 (%2) работает во всех регионах.
</translation>
    </message>
    <message>
        <source>%1 (%2) works in %3.
</source>
        <translation>%1 (%2) работает в регионе %3.
</translation>
    </message>
    <message>
        <source>Lists, adds and deactivates the people of a Voronka base and sets their passwords and regions.</source>
        <translation>Показывает, добавляет и отключает сотрудников базы «Воронки» и задаёт им пароли и регионы.</translation>
    </message>
    <message>
        <source>list, add, passwd, region or deactivate.</source>
        <translation>list, add, passwd, region или deactivate.</translation>
    </message>
    <message>
        <source>region: the person&apos;s region (or --none).</source>
        <translation>region: регион сотрудника (или --none).</translation>
    </message>
    <message>
        <source>add: the person&apos;s region (a head with one sees that region only).</source>
        <translation>add: регион сотрудника (руководитель с регионом видит только его).</translation>
    </message>
    <message>
        <source>region: every region.</source>
        <translation>region: все регионы.</translation>
    </message>
    <message>
        <source>user needs an action: list, add, passwd, region or deactivate.</source>
        <translation>Для user нужно действие: list, add, passwd, region или deactivate.</translation>
    </message>
    <message>
        <source>user region needs LOGIN and a REGION, or LOGIN --none.</source>
        <translation>Для user region нужны ЛОГИН и РЕГИОН либо ЛОГИН --none.</translation>
    </message>
    <message>
        <source>--none is for user region.</source>
        <translation>--none — только для user region.</translation>
    </message>
    <message>
        <source>--name, --role and --region are for user add.</source>
        <translation>--name, --role и --region — только для user add.</translation>
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
    <name>VisibleCompanies</name>
    <message>
        <source>You may look at this client but not change it: the account managers serve it.</source>
        <translation>Этого клиента можно смотреть, но не менять: его ведут менеджеры по работе с клиентами.</translation>
    </message>
</context>
<context>
    <name>WeightedRoundRobin</name>
    <message>
        <source>Nobody to give the companies to.</source>
        <translation>Некому передать компании.</translation>
    </message>
    <message>
        <source>Weights must be positive whole numbers.</source>
        <translation>Веса — целые положительные числа.</translation>
    </message>
</context>
<context>
    <name>voronka::AuditDialog</name>
    <message>
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Deal «%1»</source>
        <translation>Сделка «%1»</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Сделка №%1</translation>
    </message>
    <message>
        <source>Payment #%1</source>
        <translation>Оплата №%1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>пользователь №%1</translation>
    </message>
</context>
<context>
    <name>voronka::CallCompanyPanel</name>
    <message>
        <source>Pick the number you dial; &quot;Wrong number&quot; flags the one picked</source>
        <translation>Выберите номер, по которому звоните; кнопка «Неверный номер» отмечает выбранный</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Номера:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Callback overdue since %1</source>
        <translation>Перезвон просрочен с %1</translation>
    </message>
    <message>
        <source>Callback due at %1</source>
        <translation>Перезвон назначен на %1</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Ещё не звонили</translation>
    </message>
    <message>
        <source>unanswered calls: %1 of %2</source>
        <translation>звонков без ответа: %1 из %2</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>доб. %1</translation>
    </message>
    <message>
        <source>(wrong number)</source>
        <translation>(неверный номер)</translation>
    </message>
    <message>
        <source>No numbers: find one and add it on the company card.</source>
        <translation>Нет номеров: найдите номер и добавьте его в карточке компании.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Called before, no callback set</source>
        <translation>Уже звонили, перезвон не назначен</translation>
    </message>
</context>
<context>
    <name>voronka::CallModeView</name>
    <message>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>Open the company in the cold base to edit it</source>
        <translation>Открыть компанию в холодной базе для редактирования</translation>
    </message>
    <message>
        <source>Call rules…</source>
        <translation>Правила обзвона…</translation>
    </message>
    <message>
        <source>When an unanswered number comes back, and after how many attempts a company is parked</source>
        <translation>Когда снова звонить на номер, который не ответил, и после скольких попыток компания откладывается</translation>
    </message>
    <message>
        <source>A note on this call (goes with the outcome)</source>
        <translation>Заметка о звонке (сохраняется вместе с результатом)</translation>
    </message>
    <message>
        <source>F8  Skip</source>
        <translation>F8  Пропустить</translation>
    </message>
    <message>
        <source>Leave this company for later without recording a call</source>
        <translation>Оставить компанию на потом, не записывая звонок</translation>
    </message>
    <message>
        <source>Nothing more to call now; the companies you skipped come back when you open call mode again.</source>
        <translation>Больше звонить некому; пропущенные компании вернутся, когда вы снова откроете режим обзвона.</translation>
    </message>
    <message>
        <source>Call mode</source>
        <translation>Режим обзвона</translation>
    </message>
    <message>
        <source>Calls today: %1 · meetings booked: %2</source>
        <translation>Звонков сегодня: %1 · назначено встреч: %2</translation>
    </message>
    <message>
        <source>Callbacks due: %1</source>
        <translation>Пора перезвонить: %1</translation>
    </message>
    <message>
        <source>Every number of this company is already marked wrong.</source>
        <translation>Все номера этой компании уже отмечены как неверные.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded for %2.</source>
        <translation>%2: записан результат «%1».</translation>
    </message>
    <message>
        <source>Unanswered calls in a row: %1, so it is parked and leaves the queue.</source>
        <translation>Звонков без ответа подряд: %1, поэтому компания отложена и убрана из очереди.</translation>
    </message>
    <message>
        <source>%1 skipped for now.</source>
        <translation>%1: пока пропущена.</translation>
    </message>
    <message>
        <source>%1 is being called by %2 now; on to the next company.</source>
        <translation>В компанию %1 сейчас звонит %2; переходим к следующей компании.</translation>
    </message>
    <message>
        <source>Whose call queue to look at</source>
        <translation>Чью очередь звонков посмотреть</translation>
    </message>
    <message>
        <source>Choose a caller…</source>
        <translation>Выберите менеджера первой линии…</translation>
    </message>
    <message>
        <source>Queue of:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <source>Callbacks due: %1+</source>
        <translation>Пора перезвонить: %1+</translation>
    </message>
    <message>
        <source>You have no call queue of your own: the first line calls the base.
Choose a caller above to see their queue.</source>
        <translation>Своей очереди звонков у вас нет: по базе звонит первая линия.
Выберите менеджера вверху, чтобы посмотреть его очередь.</translation>
    </message>
    <message>
        <source>Nothing to call now: no callback is due and no company waits for a first call.</source>
        <translation>Сейчас звонить некому: перезвонов на это время нет, и ни одна компания не ждёт первого звонка.</translation>
    </message>
    <message>
        <source>Nothing to call now: no callback is due and every company in the base has been called.</source>
        <translation>Сейчас звонить некому: перезвонов на это время нет, и всем компаниям в базе уже звонили.</translation>
    </message>
    <message>
        <source>Import a list (Ctrl+I), or ask the collector for new companies.</source>
        <translation>Импортируйте список (Ctrl+I) или попросите у сборщика базы новые компании.</translation>
    </message>
    <message>
        <source>Nothing to call now: no callback is due, and the companies not called yet (%1) are assigned to other callers or being called right now.</source>
        <translation>Сейчас звонить некому: перезвонов на это время нет, а компании, которым ещё не звонили (%1), закреплены за другими менеджерами или им звонят прямо сейчас.</translation>
    </message>
    <message>
        <source>Ask the head of sales to hand companies over.</source>
        <translation>Попросите руководителя отдела продаж передать вам компании.</translation>
    </message>
    <message>
        <source>Companies waiting for a number to be found: %1 (the &quot;Needs a number&quot; list of the cold base).</source>
        <translation>Компаний, которым ищут номер: %1 (список «Нужен номер» в холодной базе).</translation>
    </message>
    <message>
        <source>Next callback: %1.</source>
        <translation>Следующий перезвон: %1.</translation>
    </message>
    <message>
        <source>No number is left to dial: it leaves the queue (its callback cancelled) until the collector finds a number (&quot;Needs a number&quot; in the cold base).</source>
        <translation>Звонить больше не по какому номеру: компания уходит из очереди (перезвон отменён), пока сборщик базы не найдёт номер («Нужен номер» в холодной базе).</translation>
    </message>
    <message>
        <source>Nothing to call now: no callback is due. Looking at the rest of the base…</source>
        <translation>Звонить сейчас некому: перезвонов на сейчас нет. Смотрю остальную базу…</translation>
    </message>
</context>
<context>
    <name>voronka::CallOutcomeDialog</name>
    <message>
        <source>Why they refused:</source>
        <translation>Причина отказа:</translation>
    </message>
    <message>
        <source>Call back on:</source>
        <translation>Перезвонить в день:</translation>
    </message>
    <message>
        <source>Call back at:</source>
        <translation>Когда перезвонить:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Address, or &quot;online&quot;</source>
        <translation>Адрес или «онлайн»</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>%1 (head)</source>
        <translation>%1 (руководитель)</translation>
    </message>
    <message>
        <source>Who goes:</source>
        <translation>Кто проводит:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Choose the number that was wrong.</source>
        <translation>Выберите неверный номер.</translation>
    </message>
    <message>
        <source>Their day:</source>
        <translation>Встречи в этот день:</translation>
    </message>
    <message>
        <source>Why book over it (required to book at this time)</source>
        <translation>Почему назначаете поверх (без причины на это время не назначить)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>No meetings that day.</source>
        <translation>В этот день встреч нет.</translation>
    </message>
    <message>
        <source>%1 already has a meeting at %2 with %3. Choose another time or closer, or say why this one is booked all the same.</source>
        <translation>%1: в %2 уже есть встреча с %3. Выберите другое время или другого менеджера либо укажите, почему эту встречу всё же нужно назначить.</translation>
    </message>
</context>
<context>
    <name>voronka::CallScriptPanel</name>
    <message>
        <source>Scripts…</source>
        <translation>Скрипты…</translation>
    </message>
    <message>
        <source>Edit the call scripts</source>
        <translation>Редактировать скрипты звонков</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Скрипт:</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Back to the step before (Backspace)</source>
        <translation>Вернуться к предыдущему шагу (Backspace)</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>С начала</translation>
    </message>
    <message>
        <source>They answer:</source>
        <translation>Ответ клиента:</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Скрипт звонка</translation>
    </message>
    <message>
        <source>No call script: add one with &quot;Scripts…&quot;.</source>
        <translation>Нет скрипта звонка: добавьте его кнопкой «Скрипты…».</translation>
    </message>
    <message>
        <source>%1  → %2</source>
        <translation>%1  → %2</translation>
    </message>
</context>
<context>
    <name>voronka::CallSettingsDialog</name>
    <message>
        <source>Call rules</source>
        <translation>Правила обзвона</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Park a company after this many unanswered calls in a row:</source>
        <translation>Откладывать компанию после стольких звонков без ответа подряд:</translation>
    </message>
    <message>
        <source>Call an unanswered number again after:</source>
        <translation>Снова звонить на номер, который не ответил, через:</translation>
    </message>
    <message>
        <source>Call a busy number again after:</source>
        <translation>Снова звонить на занятый номер через:</translation>
    </message>
    <message>
        <source>These rules are kept in the base: every desk working on it follows them.</source>
        <translation>Эти правила хранятся в базе: им следуют все рабочие места, которые с ней работают.</translation>
    </message>
</context>
<context>
    <name>voronka::ClientsView</name>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>no payments</source>
        <translation>оплат нет</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Менеджер клиентского отдела</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Привёл</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Последняя оплата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Оплачено всего</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Clients&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Клиенты&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search by name, phone, INN or city (Ctrl+F)</source>
        <translation>Поиск: название, телефон, ИНН, город (Ctrl+F)</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>Все менеджеры клиентского отдела</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>The clients cannot be read: %1</source>
        <translation>Не удаётся прочитать клиентов: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clients, paid %1 in total</source>
        <translation>
            <numerusform>%n клиент, оплачено всего %1</numerusform>
            <numerusform>%n клиента, оплачено всего %1</numerusform>
            <numerusform>%n клиентов, оплачено всего %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
        <source>Add compa&amp;ny</source>
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
    <message>
        <source>I&amp;mport…</source>
        <translation>Импорт спис&amp;ка…</translation>
    </message>
    <message>
        <source>Import a list of companies from a CSV file (Ctrl+I)</source>
        <translation>Импортировать список компаний из CSV-файла (Ctrl+I)</translation>
    </message>
    <message>
        <source>Needs a number</source>
        <translation>Нужен номер</translation>
    </message>
    <message>
        <source>Companies at cold or calling with no number to dial (none, or every one flagged wrong): find one and add it on the card, and the company returns to the call queue.</source>
        <translation>Компании на этапах «Холодная» и «Прозвон», которым некуда звонить (номеров нет или все отмечены как неверные): найдите номер и добавьте его в карточке — компания вернётся в очередь звонков.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
        <source>Ind&amp;ustry:</source>
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
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;История&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New &amp;deal…</source>
        <translation>Новая с&amp;делка…</translation>
    </message>
    <message>
        <source>Save or revert the card before opening a deal.</source>
        <translation>Прежде чем заводить сделку, сохраните карточку или отмените изменения.</translation>
    </message>
    <message>
        <source>Open a deal for this company</source>
        <translation>Завести сделку по этой компании</translation>
    </message>
    <message>
        <source>The deal was not opened</source>
        <translation>Сделка не заведена</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>История и&amp;зменений…</translation>
    </message>
    <message>
        <source>Who changed this company, its deals and payments, and when</source>
        <translation>Кто и когда менял эту компанию, её сделки и оплаты</translation>
    </message>
    <message>
        <source>The company no longer exists: someone deleted it.</source>
        <translation>Компании больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>%1 Not saved: your changes are still in the card.</source>
        <translation>%1 Не сохранено: ваши изменения остались в карточке.</translation>
    </message>
    <message>
        <source>Being called by %1 now.</source>
        <translation>Сейчас звонит %1.</translation>
    </message>
    <message>
        <source>info@example.ru, sales@example.ru</source>
        <translation>info@example.ru, sales@example.ru</translation>
    </message>
    <message>
        <source>Move the company along the funnel; each move is kept in its stage history</source>
        <translation>Перевести компанию на другой этап воронки; каждый переход сохраняется в истории этапов</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Эл. &amp;почта:</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Collected by:</source>
        <translation>Собрал:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>пользователь №%1</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>подтверждён %1</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>ещё не подтверждён</translation>
    </message>
    <message>
        <source>Read only: you brought this client; the account managers serve it.</source>
        <translation>Только чтение: клиента привели вы, а ведут его менеджеры по работе с клиентами.</translation>
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
    <name>voronka::CompanyStageDialog</name>
    <message>
        <source>Change the stage</source>
        <translation>Смена этапа</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from «%2» to «%3»?</source>
        <translation>Перевести &lt;b&gt;%1&lt;/b&gt; с этапа «%2» на этап «%3»?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перевести</translation>
    </message>
    <message>
        <source>The stage was not changed</source>
        <translation>Этап не изменён</translation>
    </message>
</context>
<context>
    <name>voronka::CompanyTimeline</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Nothing has happened with this company yet.</source>
        <translation>С этой компанией пока ничего не происходило.</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Звонок: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>Deal «%1»: %2</source>
        <translation>Сделка «%1»: %2</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Payment on «%1»</source>
        <translation>Оплата по «%1»</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation>Не удаётся прочитать историю: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Оплата %1</translation>
    </message>
    <message>
        <source>Payment of %1 on «%2»</source>
        <translation>Оплата %1 по «%2»</translation>
    </message>
</context>
<context>
    <name>voronka::ConflictDialog</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующее действие</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>you changed it</source>
        <translation>изменили вы</translation>
    </message>
    <message>
        <source>they changed it</source>
        <translation>изменили они</translation>
    </message>
    <message>
        <source>both, the same way</source>
        <translation>оба, одинаково</translation>
    </message>
    <message>
        <source>both changed it</source>
        <translation>изменили оба</translation>
    </message>
    <message>
        <source>Someone else saved this company</source>
        <translation>Эту компанию сохранил кто-то другой</translation>
    </message>
    <message>
        <source>Your changes and theirs touch different fields, so both can be kept: press Merge.</source>
        <translation>Ваши и чужие изменения касаются разных полей, поэтому можно сохранить и те и другие: нажмите «Объединить».</translation>
    </message>
    <message>
        <source>Both of you changed the highlighted fields (%1). Choose whose version each keeps, then press Merge, or keep one version whole.</source>
        <translation>Вы оба изменили выделенные поля (%1). Выберите для каждого, чью версию оставить, и нажмите «Объединить» — или оставьте одну из версий целиком.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation>Их (сейчас в базе)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>Drop your changes and show the stored version</source>
        <translation>Отбросить ваши изменения и показать сохранённую версию</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <source>Save your version of every field over theirs</source>
        <translation>Записать вашу версию каждого поля поверх их версии</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Save each field as chosen in the Keep column</source>
        <translation>Сохранить каждое поле так, как выбрано в столбце «Оставить»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save nothing; your changes stay in the card</source>
        <translation>Ничего не сохранять; ваши изменения останутся в карточке</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>пользователь №%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>voronka::DateTimeField</name>
    <message>
        <source>Type the date and time, e.g. %1, or pick the day from the calendar</source>
        <translation>Введите дату и время, например %1, или выберите день в календаре</translation>
    </message>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Выбрать день в календаре</translation>
    </message>
</context>
<context>
    <name>voronka::DeactivateDialog</name>
    <message>
        <source>Deactivate %1</source>
        <translation>Отключить: %1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>%1 will no longer sign in. Their companies, open deals and tasks pass to (one person, or spread evenly over several):</source>
        <translation>%1 больше не сможет войти. Компании, открытые сделки и задачи передаются (одному сотруднику или поровну нескольким):</translation>
    </message>
    <message>
        <source>Who gets how many companies:</source>
        <translation>Кому сколько компаний:</translation>
    </message>
    <message>
        <source>Check who takes over the work.</source>
        <translation>Отметьте, кто примет работу.</translation>
    </message>
    <message>
        <source>Deactivate %1 and pass their work on as shown? The hand-over can be undone from the history of hand-outs; the person stays deactivated.</source>
        <translation>Отключить сотрудника %1 и передать его работу, как показано? Передачу можно отменить в истории распределений; сотрудник останется отключённым.</translation>
    </message>
    <message>
        <source>To pass on: companies %1 (clients among them %2), open deals %3, open tasks %4.</source>
        <translation>Передаются: компаний %1 (из них клиентов %2), открытых сделок %3, открытых задач %4.</translation>
    </message>
</context>
<context>
    <name>voronka::DutyRosterDialog</name>
    <message>
        <source>Duty roster</source>
        <translation>График дежурств</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>неизвестный сотрудник</translation>
    </message>
    <message>
        <source>When inquiries go to the person on duty (Rules…), the day&apos;s person takes them; on a day with nobody, the head does.</source>
        <translation>Если обращения получает дежурный (Правила…), их принимает дежурный этого дня; в день без дежурного — руководитель.</translation>
    </message>
</context>
<context>
    <name>voronka::FigureCompaniesDialog</name>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>Этап сейчас</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>Дата перехода</translation>
    </message>
    <message>
        <source>Double-click a company or press Enter to open its card</source>
        <translation>Двойной щелчок или Enter — открыть карточку компании</translation>
    </message>
    <message>
        <source>Reading the companies…</source>
        <translation>Загружаю компании…</translation>
    </message>
    <message>
        <source>The companies could not be read: %1</source>
        <translation>Не удалось прочитать компании: %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 companies.</source>
        <translation>Показаны первые %1 из %2 компаний.</translation>
    </message>
    <message>
        <source>Companies: %1.</source>
        <translation>Компаний: %1.</translation>
    </message>
</context>
<context>
    <name>voronka::FunnelCalculatorPanel</name>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Next month&apos;s target:</source>
        <translation>Цель на следующий месяц:</translation>
    </message>
    <message>
        <source>Of the contacts collected, the share that gets a meeting</source>
        <translation>Доля собранных контактов, с которыми назначена встреча</translation>
    </message>
    <message>
        <source>Calls made for each meeting booked</source>
        <translation>Звонков на одну назначенную встречу</translation>
    </message>
    <message>
        <source>Of the meetings booked, the share held</source>
        <translation>Доля назначенных встреч, которые состоялись</translation>
    </message>
    <message>
        <source>Of the meetings held, the share that gets an offer</source>
        <translation>Доля проведённых встреч, после которых отправлено КП</translation>
    </message>
    <message>
        <source>Of the offers, the share signed</source>
        <translation>Доля КП, по которым подписан договор</translation>
    </message>
    <message>
        <source>The average contract&apos;s amount</source>
        <translation>Средняя сумма договора</translation>
    </message>
    <message>
        <source>Contacts one collector collects in a month</source>
        <translation>Контактов, которые один сборщик базы собирает за месяц</translation>
    </message>
    <message>
        <source>Meetings one caller books in a month</source>
        <translation>Встреч, которые один менеджер первой линии назначает за месяц</translation>
    </message>
    <message>
        <source>Meetings one closer holds in a month</source>
        <translation>Встреч, которые один менеджер проводит за месяц</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Как измерено</translation>
    </message>
    <message>
        <source>Put back the values measured over the report&apos;s period</source>
        <translation>Вернуть значения, измеренные за период отчёта</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <source>Contact → meeting booked:</source>
        <translation>Контакт → встреча назначена:</translation>
    </message>
    <message>
        <source>Calls per meeting booked:</source>
        <translation>Звонков на встречу:</translation>
    </message>
    <message>
        <source>Meeting booked → held:</source>
        <translation>Встреча назначена → проведена:</translation>
    </message>
    <message>
        <source>Meeting held → offer:</source>
        <translation>Встреча проведена → КП:</translation>
    </message>
    <message>
        <source>Offer → contract:</source>
        <translation>КП → договор:</translation>
    </message>
    <message>
        <source>Average deal:</source>
        <translation>Средняя сделка:</translation>
    </message>
    <message>
        <source>Contacts per collector a month:</source>
        <translation>Контактов на сборщика базы в месяц:</translation>
    </message>
    <message>
        <source>Meetings booked per caller a month:</source>
        <translation>Встреч на менеджера первой линии в месяц:</translation>
    </message>
    <message>
        <source>Meetings held per closer a month:</source>
        <translation>Проведённых встреч на менеджера в месяц:</translation>
    </message>
    <message>
        <source>Save as next month&apos;s plans…</source>
        <translation>Сохранить как планы на следующий месяц…</translation>
    </message>
    <message>
        <source>Share the result out evenly as the plans of the collectors, callers and closers</source>
        <translation>Разделить результат поровну в планы сборщиков базы, менеджеров первой линии и менеджеров</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>Что для этого нужно</translation>
    </message>
    <message>
        <source>Contacts to collect:</source>
        <translation>Собрать контактов:</translation>
    </message>
    <message>
        <source>Calls to make:</source>
        <translation>Сделать звонков:</translation>
    </message>
    <message>
        <source>Meetings to book:</source>
        <translation>Назначить встреч:</translation>
    </message>
    <message>
        <source>Meetings to hold:</source>
        <translation>Провести встреч:</translation>
    </message>
    <message>
        <source>Offers to send:</source>
        <translation>Отправить КП:</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>Договоров:</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>Выручка:</translation>
    </message>
    <message>
        <source>Collectors:</source>
        <translation>Сборщики базы:</translation>
    </message>
    <message>
        <source>Callers:</source>
        <translation>Менеджеры первой линии:</translation>
    </message>
    <message>
        <source>Closers:</source>
        <translation>Менеджеры:</translation>
    </message>
    <message>
        <source>Measured over %1 – %2; type any to see what if.</source>
        <translation>Измерено за %1 – %2; измените любое значение, чтобы посчитать «а что если».</translation>
    </message>
    <message>
        <source>The chain breaks at &quot;%1&quot;: with a rate of zero the steps before it cannot be computed. Type a rate above zero.</source>
        <translation>Цепочка обрывается на шаге «%1»: при нулевой конверсии предыдущие шаги не посчитать. Укажите конверсию больше нуля.</translation>
    </message>
    <message>
        <source>— (no throughput; the team has %1)</source>
        <translation>— (нет выработки; в команде %1)</translation>
    </message>
    <message>
        <source>%1 needed, the team has %2</source>
        <translation>нужно %1, в команде %2</translation>
    </message>
    <message>
        <source>Save as next month&apos;s plans</source>
        <translation>Планы на следующий месяц</translation>
    </message>
    <message>
        <source>Set the plans of %1 from this result: %2 contacts, %3 calls, %4 meetings booked, %5 held, %6 offers, %7 contracts, shared evenly among the active collectors, callers and closers? Their plans already set for that month are replaced.</source>
        <translation>Задать планы на %1 по этому расчёту: %2 контактов, %3 звонков, %4 назначенных встреч, %5 проведённых, %6 КП, %7 договоров — поровну между работающими сборщиками базы, менеджерами первой линии и менеджерами? Уже заданные на этот месяц планы по этим показателям будут заменены.</translation>
    </message>
    <message>
        <source>The plans of %1 are set.</source>
        <translation>Планы на %1 заданы.</translation>
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
    <name>voronka::HandOutDialog</name>
    <message>
        <source>Hand out companies</source>
        <translation>Распределить компании</translation>
    </message>
    <message numerus="yes">
        <source>The %n chosen companies</source>
        <translation>
            <numerusform>%n выбранная компания</numerusform>
            <numerusform>%n выбранные компании</numerusform>
            <numerusform>%n выбранных компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>All unassigned cold companies</source>
        <translation>Все ничьи компании холодной базы</translation>
    </message>
    <message>
        <source>An import batch</source>
        <translation>Партия импорта</translation>
    </message>
    <message>
        <source>A person&apos;s companies</source>
        <translation>Компании сотрудника</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>№%1 %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>&amp;Which companies:</source>
        <translation>&amp;Какие компании:</translation>
    </message>
    <message>
        <source>Import &amp;batch:</source>
        <translation>&amp;Партия импорта:</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Чьи:</translation>
    </message>
    <message>
        <source>To whom (a weight of 2 gets twice as many as 1):</source>
        <translation>Кому (вес 2 получает вдвое больше, чем 1):</translation>
    </message>
    <message>
        <source>Who gets how many:</source>
        <translation>Кому сколько:</translation>
    </message>
    <message>
        <source>Check the people who get the companies.</source>
        <translation>Отметьте сотрудников, которые получат компании.</translation>
    </message>
    <message>
        <source>There are no such companies.</source>
        <translation>Таких компаний нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies change hands when you apply.</source>
        <translation>
            <numerusform>При применении сменит владельца %n компания.</numerusform>
            <numerusform>При применении сменят владельца %n компании.</numerusform>
            <numerusform>При применении сменят владельца %n компаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Hand the companies out all the same?</source>
        <translation>%1

Всё равно распределить компании?</translation>
    </message>
</context>
<context>
    <name>voronka::HandOutHistoryDialog</name>
    <message>
        <source>History of hand-outs</source>
        <translation>История распределений</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Give the companies of this hand-out back to whoever held them before? Companies that changed hands since stay where they are.</source>
        <translation>Вернуть компании этого распределения прежним владельцам? Компании, сменившие владельца с тех пор, останутся, где есть.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies went back.</source>
        <translation>
            <numerusform>Возвращена %n компания.</numerusform>
            <numerusform>Возвращены %n компании.</numerusform>
            <numerusform>Возвращены %n компаний.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voronka::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дублей</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Undone at</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Отменить…</translation>
    </message>
    <message>
        <source>Remove the companies the selected import added and take back what it merged</source>
        <translation>Удалить компании, добавленные выбранным импортом, и отменить сделанные им объединения</translation>
    </message>
    <message>
        <source>The import history could not be read: %1</source>
        <translation>Не удаётся прочитать историю импорта: %1</translation>
    </message>
    <message>
        <source>Source tag: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>%1 (merged: %2)</source>
        <translation>%1 (объединено: %2)</translation>
    </message>
    <message>
        <source>No list has been imported into this base yet.</source>
        <translation>В эту базу ещё не импортировали ни одного списка.</translation>
    </message>
    <message>
        <source>Import no. %1: %2</source>
        <translation>Импорт №&#xa0;%1: %2</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <source>This import is no longer in the base.</source>
        <translation>Этого импорта больше нет в базе.</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)?</source>
        <translation>Отменить импорт файла %1 (%2)?</translation>
    </message>
    <message>
        <source>Companies to remove: %1.</source>
        <translation>Будет удалено компаний: %1.</translation>
    </message>
    <message>
        <source>What it merged into %1 companies already in the base is taken back too.</source>
        <translation>Также будет убрано всё, что импорт добавил при объединении в компании, которые уже были в базе (компаний: %1).</translation>
    </message>
    <message>
        <source>Warning: %1 of these companies were edited after the import; they are removed with those edits.</source>
        <translation>Внимание: компаний, изменённых после импорта: %1; они будут удалены вместе с этими изменениями.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Undone. Companies removed: %1.</source>
        <translation>Отменено. Удалено компаний: %1.</translation>
    </message>
    <message>
        <source>Contacts, phones, e-mails and notes removed from other companies: %1.</source>
        <translation>Удалено контактов, телефонов, e-mail и заметок у других компаний: %1.</translation>
    </message>
    <message>
        <source>Fields emptied again: %1.</source>
        <translation>Снова очищено полей: %1.</translation>
    </message>
    <message>
        <source>Fields kept because someone changed them since: %1.</source>
        <translation>Оставлено полей, которые с тех пор кто-то изменил: %1.</translation>
    </message>
</context>
<context>
    <name>voronka::ImportReportView</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Данные строки</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Все строки (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Отклонённые (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Дубли (%1)</translation>
    </message>
    <message>
        <source>Imported, to check (%1)</source>
        <translation>Импортированы, проверьте (%1)</translation>
    </message>
</context>
<context>
    <name>voronka::ImportWizard</name>
    <message>
        <source>; (semicolon)</source>
        <translation>; (точка с запятой)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (запятая)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>| (vertical bar)</source>
        <translation>| (вертикальная черта)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark</source>
        <translation>файл начинается с метки порядка байтов</translation>
    </message>
    <message>
        <source>the text is valid UTF-8</source>
        <translation>текст — корректный UTF-8</translation>
    </message>
    <message>
        <source>the first lines hold Latin letters only</source>
        <translation>в первых строках только латиница</translation>
    </message>
    <message>
        <source>the bytes follow the pattern of UTF-16</source>
        <translation>байты соответствуют шаблону UTF-16</translation>
    </message>
    <message>
        <source>guessed from the bytes</source>
        <translation>определена по байтам</translation>
    </message>
    <message>
        <source>by the frequency of Russian letters</source>
        <translation>по частоте русских букв</translation>
    </message>
    <message>
        <source>nothing else fitted; a guess</source>
        <translation>ничего другого не подошло; предположение</translation>
    </message>
    <message>
        <source>chosen here</source>
        <translation>выбрана здесь</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation>Выберите список</translation>
    </message>
    <message>
        <source>A CSV or text file as Excel, 1C or a list vendor writes it. Nothing is written to the base before the last step.</source>
        <translation>Файл CSV или текстовый файл — такой, какой сохраняют Excel, 1С или поставщик баз. До последнего шага в базу ничего не записывается.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Путь к файлу .csv или .txt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>You can also drop a file onto the main window.</source>
        <translation>Файл можно также перетащить в главное окно.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>You have no permission to read this file.</source>
        <translation>Нет прав на чтение этого файла.</translation>
    </message>
    <message>
        <source>Choose a list to import</source>
        <translation>Выберите список для импорта</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt);;All files (*)</source>
        <translation>Списки (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Check how the list is read</source>
        <translation>Проверьте, как прочитан список</translation>
    </message>
    <message>
        <source>The first rows of the file. Choose above each column which field it fills; a column set to &quot;(ignore)&quot; is left out.</source>
        <translation>Первые строки файла. Над каждым столбцом выберите поле, которое он заполняет; столбец с «(не импортировать)» пропускается.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Первая строка — за&amp;головок</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>The columns are set as in the last import of a list with the same headers.</source>
        <translation>Столбцы назначены так же, как при последнем импорте списка с такими же заголовками.</translation>
    </message>
    <message>
        <source>Choose the column with the company name or a phone number: without either, no row can be imported.</source>
        <translation>Выберите столбец с названием компании или с номером телефона: без них ни одну строку импортировать нельзя.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>Read as %1 (%2)</source>
        <translation>Прочитан в кодировке %1 (%2)</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найден: %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>The field each column fills</source>
        <translation>Поле, которое заполняет каждый столбец</translation>
    </message>
    <message>
        <source>The field column %1 fills</source>
        <translation>Поле, которое заполняет столбец %1</translation>
    </message>
    <message>
        <source>Choose how to import</source>
        <translation>Выберите, как импортировать</translation>
    </message>
    <message>
        <source>Rows that match a company already in the base, or an earlier row of the list, by phone, INN or e-mail are duplicates.</source>
        <translation>Дубли — это строки, у которых телефон, ИНН или e-mail совпадает с компанией, уже имеющейся в базе, или с одной из предыдущих строк списка.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубли</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>The company in the base stays as it is; the row goes to the report.</source>
        <translation>Компания в базе остаётся как есть; строка попадает в отчёт.</translation>
    </message>
    <message>
        <source>&amp;Merge them into the company found</source>
        <translation>&amp;Объединить с найденной компанией</translation>
    </message>
    <message>
        <source>Fills the company&apos;s empty fields and adds its new phones, contacts and e-mails.</source>
        <translation>Заполняет пустые поля компании и добавляет к ней новые телефоны, контакты и e-mail из строки.</translation>
    </message>
    <message>
        <source>Import them &amp;anyway</source>
        <translation>&amp;Всё равно импортировать</translation>
    </message>
    <message>
        <source>Every row becomes a company of its own.</source>
        <translation>Каждая строка становится отдельной компанией.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Не удаётся прочитать список пользователей</translation>
    </message>
    <message>
        <source>Stored as the source of every imported company; the file name when left empty.</source>
        <translation>Записывается в поле «Источник» каждой импортированной компании; если не заполнено — имя файла.</translation>
    </message>
    <message>
        <source>The country whose national numbers the list holds (two letters: RU, KZ, BY, …).</source>
        <translation>Страна, номера которой записаны в списке без международного кода (две буквы: RU, KZ, BY, …).</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Ответ&amp;ственный:</translation>
    </message>
    <message>
        <source>Source ta&amp;g:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Регион телефонов:</translation>
    </message>
    <message>
        <source>The list is imported as a whole or not at all, and the import can be undone later (File → Import history).</source>
        <translation>Список импортируется целиком или не импортируется вовсе; позже импорт можно отменить (Файл → История импорта).</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The list goes in as a whole: until the end nothing of it is in the base, and stopping leaves the base as it was.</source>
        <translation>Список импортируется целиком: пока импорт не закончится, в базе нет ничего из него, а после остановки база останется прежней.</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Остановить импорт</translation>
    </message>
    <message>
        <source>The import is all or nothing: stopping it leaves the base as it was.</source>
        <translation>Импорт идёт по принципу «всё или ничего»: после остановки база останется прежней.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт файла %1…</translation>
    </message>
    <message>
        <source>Rows read: %1 · %2 rows/s</source>
        <translation>Прочитано строк: %1 · %2 строк/с</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Rows read: %1 in %2 s</source>
        <translation>Прочитано строк: %1 за %2 с</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Остановлено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>The list was not imported: %1

Nothing was written to the base. Go back to change the choices, or close the wizard.</source>
        <translation>Список не импортирован: %1

В базу ничего не записано. Вернитесь назад, чтобы изменить настройки, или закройте мастер.</translation>
    </message>
    <message>
        <source>The list is imported</source>
        <translation>Список импортирован</translation>
    </message>
    <message>
        <source>What came in, and which rows were left out or need a look, with the reason.</source>
        <translation>Что попало в базу и какие строки пропущены или требуют проверки — с указанием причины.</translation>
    </message>
    <message>
        <source>Imported, but a value (a phone, an INN, an e-mail) could not be understood and is kept as text. The report lists them.</source>
        <translation>Строки импортированы, но какое-то значение (телефон, ИНН, e-mail) не распознано и сохранено как текст. Они перечислены в отчёте.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Прочитано строк:</translation>
    </message>
    <message>
        <source>New companies:</source>
        <translation>Новых компаний:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Дублей:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Отклонено:</translation>
    </message>
    <message>
        <source>Imported, to check:</source>
        <translation>Импортировано, проверьте:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Write the rows above to a CSV file that Excel opens</source>
        <translation>Записать эти строки в CSV-файл, который откроется в Excel</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Отменить этот импорт</translation>
    </message>
    <message>
        <source>Remove the companies this import added and take back what it merged</source>
        <translation>Удалить компании, добавленные этим импортом, и отменить сделанные им объединения</translation>
    </message>
    <message>
        <source>%1 is imported: %2 new companies.</source>
        <translation>Файл %1 импортирован. Новых компаний: %2.</translation>
    </message>
    <message>
        <source>%1 is imported: %2 new companies, %3 rows merged into companies found.</source>
        <translation>Файл %1 импортирован. Новых компаний: %2; строк, объединённых с найденными компаниями: %3.</translation>
    </message>
    <message>
        <source>%1 added nothing to the base.</source>
        <translation>Файл %1 ничего не добавил в базу.</translation>
    </message>
    <message>
        <source>%1 (merged: %2, skipped: %3)</source>
        <translation>%1 (объединено: %2, пропущено: %3)</translation>
    </message>
    <message>
        <source>Every row was imported as it is: there is nothing to report.</source>
        <translation>Все строки импортированы как есть: в отчёте ничего нет.</translation>
    </message>
    <message>
        <source>Rows left out or to check: %1; the first %2 are shown. Save the report for %3 of them.</source>
        <translation>Пропущенных строк и строк на проверку: %1; показаны первые %2. В сохранённый отчёт войдут %3.</translation>
    </message>
    <message>
        <source>Rows left out or to check: %1</source>
        <translation>Пропущенных строк и строк на проверку: %1</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Не удалось записать отчёт в %1: %2</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-отчёт</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Сохранить отчёт об импорте</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not assigned (any caller)</source>
        <translation>Не закреплять (любой менеджер первой линии)</translation>
    </message>
    <message>
        <source>&amp;Collected by:</source>
        <translation>&amp;Собрал(а):</translation>
    </message>
</context>
<context>
    <name>voronka::ImportWorker</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>voronka::InvoiceDialog</name>
    <message>
        <source>Issue an invoice</source>
        <translation>Выставить счёт</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>&amp;Номер счёта:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>&amp;Дата счёта:</translation>
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
        <source>&amp;Import a list…</source>
        <translation>&amp;Импорт списка…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>История и&amp;мпорта…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the companies found</source>
        <translation>Экспорт найденных компаний</translation>
    </message>
    <message>
        <source>Export the cold base</source>
        <translation>Экспорт холодной базы</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>компании</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 companies to %2</source>
        <translation>Экспортировано компаний: %1 (файл %2)</translation>
    </message>
    <message>
        <source>The cold base&apos;s search or stage filter hides this company.</source>
        <translation>Поиск или фильтр этапа в холодной базе скрывает эту компанию.</translation>
    </message>
    <message>
        <source>Short transactions, a rollback journal and full sync: see docs/shared-database.md</source>
        <translation>Короткие транзакции, журнал отката и полная синхронизация: см. docs/shared-database.md</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Резервная копия сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Восстановить из &amp;копии…</translation>
    </message>
    <message>
        <source>Voronka keeps running</source>
        <translation>«Воронка» продолжает работать</translation>
    </message>
    <message>
        <source>Reminders still come up. To end Voronka, choose Quit in the File menu or the tray menu.</source>
        <translation>Напоминания будут приходить и дальше. Чтобы закрыть «Воронку», выберите «Выход» в меню «Файл» или в меню значка в трее.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>An unfinished import could not be removed: %1</source>
        <translation>Не удалось удалить незавершённый импорт: %1</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Резервная копия уже создаётся.</translation>
    </message>
    <message>
        <source>Backing up the base…</source>
        <translation>Создаётся резервная копия базы…</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Ежедневная резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>The backup found damage in the base; restore the latest good backup.</source>
        <translation>Резервное копирование нашло повреждение базы; восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>The base is damaged</source>
        <translation>База повреждена</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>An export is running already; wait until it is done.</source>
        <translation>Экспорт уже идёт; дождитесь его окончания.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>The search index could not be filled: %1</source>
        <translation>Не удалось заполнить поисковый индекс: %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>New in&amp;quiry…</source>
        <translation>Новое о&amp;бращение…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Сменить мой пароль…</translation>
    </message>
    <message>
        <source>Hand o&amp;ut the chosen companies…</source>
        <translation>Р&amp;аспределить выбранные компании…</translation>
    </message>
    <message>
        <source>Hand out companies</source>
        <translation>Распределить компании</translation>
    </message>
    <message>
        <source>Choose the companies in the cold base first (Shift or Ctrl for several).</source>
        <translation>Сначала выберите компании в холодной базе (несколько — с Shift или Ctrl).</translation>
    </message>
    <message>
        <source>Sign &amp;out and quit</source>
        <translation>&amp;Выйти из учётной записи и закрыть</translation>
    </message>
    <message>
        <source>Forget this computer&apos;s sign-in: the next start asks for a password</source>
        <translation>Забыть вход на этом компьютере: при следующем запуске понадобится пароль</translation>
    </message>
    <message>
        <source>Write the companies the cold base shows to a CSV file; in Reports, the report in view</source>
        <translation>Записать в файл CSV компании, показанные в холодной базе; в «Отчётах» — открытый отчёт</translation>
    </message>
    <message>
        <source>The history could not be prepared for reports: %1</source>
        <translation>Не удалось подготовить историю для отчётов: %1</translation>
    </message>
</context>
<context>
    <name>voronka::MeetingCancelDialog</name>
    <message>
        <source>Meeting cancelled</source>
        <translation>Встреча отменена</translation>
    </message>
    <message>
        <source>&amp;Call back at:</source>
        <translation>&amp;Перезвонить:</translation>
    </message>
</context>
<context>
    <name>voronka::MeetingHeldDialog</name>
    <message>
        <source>Meeting held</source>
        <translation>Встреча проведена</translation>
    </message>
    <message>
        <source>The client wants an offer: open a deal</source>
        <translation>Клиенту нужно КП: завести сделку</translation>
    </message>
    <message>
        <source>The client will think it over: call back</source>
        <translation>Клиент подумает: перезвонить</translation>
    </message>
    <message>
        <source>The client refused</source>
        <translation>Клиент отказался</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>Следующий &amp;шаг:</translation>
    </message>
    <message>
        <source>Offer for %1</source>
        <translation>КП для %1</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>&amp;Название сделки:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>M&amp;argin:</source>
        <translation>&amp;Маржа:</translation>
    </message>
    <message>
        <source>&amp;Call back at:</source>
        <translation>&amp;Перезвонить:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
</context>
<context>
    <name>voronka::MeetingMoveDialog</name>
    <message>
        <source>Meeting moved</source>
        <translation>Встреча перенесена</translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation>&amp;Новое время:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>That day:</source>
        <translation>В этот день:</translation>
    </message>
    <message>
        <source>No other meetings that day.</source>
        <translation>Других встреч в этот день нет.</translation>
    </message>
    <message>
        <source>%1 has another meeting then: %2 with %3.</source>
        <translation>%1: в это время уже есть встреча — %2 с %3.</translation>
    </message>
</context>
<context>
    <name>voronka::MeetingOutcomeDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Nothing was recorded</source>
        <translation>Ничего не записано</translation>
    </message>
</context>
<context>
    <name>voronka::MeetingsView</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочена)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Closer</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Назначил</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Meetings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Встречи&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All closers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>&amp;Closer:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Проведена…</translation>
    </message>
    <message>
        <source>The meeting took place: record the next step (Ctrl+Enter)</source>
        <translation>Встреча состоялась: записать следующий шаг (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Moved…</source>
        <translation>Пере&amp;несена…</translation>
    </message>
    <message>
        <source>The meeting moves to another time or place</source>
        <translation>Встреча переносится на другое время или в другое место</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled…</source>
        <translation>&amp;Отменена…</translation>
    </message>
    <message>
        <source>The meeting is off: the company goes back to calling</source>
        <translation>Встреча не состоится: компания возвращается в прозвон</translation>
    </message>
    <message>
        <source>The meetings cannot be read: %1</source>
        <translation>Не удаётся прочитать встречи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings, %1 overdue</source>
        <translation>
            <numerusform>%n встреча, просрочено: %1</numerusform>
            <numerusform>%n встречи, просрочено: %1</numerusform>
            <numerusform>%n встреч, просрочено: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voronka::MoneySpinBox</name>
    <message>
        <source> ₽</source>
        <translation> ₽</translation>
    </message>
</context>
<context>
    <name>voronka::NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Маржа:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;First step:</source>
        <translation>&amp;Первый шаг:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Завести сделку</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The deal was not opened</source>
        <translation>Сделка не заведена</translation>
    </message>
</context>
<context>
    <name>voronka::NewInquiryDialog</name>
    <message>
        <source>New inquiry</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Empty for a private person</source>
        <translation>Пусто для частного лица</translation>
    </message>
    <message>
        <source>+7 495 123-45-67</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <source>What do they want?</source>
        <translation>Что хотят?</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>&amp;What they want:</source>
        <translation>&amp;Что хотят:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;Take the inquiry</source>
        <translation>&amp;Принять обращение</translation>
    </message>
    <message>
        <source>The inquiry was not taken</source>
        <translation>Обращение не принято</translation>
    </message>
    <message>
        <source>A new company is in the base.</source>
        <translation>В базу добавлена новая компания.</translation>
    </message>
    <message>
        <source>The company was in the base.</source>
        <translation>Компания уже была в базе.</translation>
    </message>
    <message>
        <source>The inquiry went to %1 (%2), with a task due now.</source>
        <translation>Обращение передано: %1 (%2), с задачей на сейчас.</translation>
    </message>
    <message>
        <source>Inquiry taken</source>
        <translation>Обращение принято</translation>
    </message>
</context>
<context>
    <name>voronka::NewTaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>&lt;i&gt;No company&lt;/i&gt;</source>
        <translation>&lt;i&gt;Без компании&lt;/i&gt;</translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>Через 1 ч</translation>
    </message>
    <message>
        <source>Tomorrow 10:00</source>
        <translation>Завтра 10:00</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Через 3 дня</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>Через 3 мес.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>No task was created</source>
        <translation>Задача не создана</translation>
    </message>
    <message>
        <source>The company no longer exists: someone deleted it.</source>
        <translation>Компании больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>The due time has already passed. Create the task anyway? It will be overdue at once.</source>
        <translation>Срок уже прошёл. Всё равно создать задачу? Она сразу окажется просроченной.</translation>
    </message>
    <message>
        <source>Find a company: name, city, INN or phone</source>
        <translation>Найти компанию: название, город, ИНН или телефон</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Без компании</translation>
    </message>
    <message>
        <source>In 10 min</source>
        <translation>Через 10 мин</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>No company matches</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Type the due date and time like this: %1.</source>
        <translation>Введите срок — дату и время — в таком виде: %1.</translation>
    </message>
</context>
<context>
    <name>voronka::PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Пароль: %1</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Sign-in is on</source>
        <translation>Вход по паролю включён</translation>
    </message>
    <message>
        <source>Sign-in is now on for everybody: from the next start each person signs in with their password, and sees their own part of the base. Set the others&apos; passwords now (Team, Set password), or they cannot sign in.</source>
        <translation>Теперь вход по паролю включён для всех: со следующего запуска каждый входит со своим паролем и видит свою часть базы. Задайте пароли остальным сейчас (Команда, Задать пароль), иначе они не смогут войти.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>Пароль сотрудника %1 задан.</translation>
    </message>
</context>
<context>
    <name>voronka::PayRatesDialog</name>
    <message>
        <source>Pay rates</source>
        <translation>Ставки оплаты</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>In percent, e.g. 2,5</source>
        <translation>В процентах, например 2,5</translation>
    </message>
    <message>
        <source>In roubles</source>
        <translation>В рублях</translation>
    </message>
    <message>
        <source>New values apply &amp;from:</source>
        <translation>Новые значения действуют &amp;с:</translation>
    </message>
    <message>
        <source>Events before that day are paid at the rates they had then.</source>
        <translation>События до этого дня оплачиваются по ставкам, которые действовали тогда.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>From this day the new rates reach months already closed: %1.</source>
        <translation>С этого дня новые ставки затрагивают уже закрытые месяцы: %1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number. Type the percentage, e.g. 2,5.</source>
        <translation>%1: «%2» — не число. Введите процент, например 2,5.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number. Type the amount in roubles, e.g. 1 500.</source>
        <translation>%1: «%2» — не число. Введите сумму в рублях, например 1 500.</translation>
    </message>
    <message>
        <source>The new rates apply from %1, which reaches months already closed: %2. Their pay stays as it was paid. Where the new rates change what those months earned, the difference appears once as a correction line in the next open month&apos;s statement. Save the rates?</source>
        <translation>Новые ставки действуют с %1 и затрагивают уже закрытые месяцы: %2. Их выплаты остаются такими, как были выплачены. Если новые ставки меняют начисленное за эти месяцы, разница один раз появится строкой корректировки в ведомости следующего открытого месяца. Сохранить ставки?</translation>
    </message>
</context>
<context>
    <name>voronka::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Внесение оплаты</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Amount: %3&lt;br&gt;Paid so far: %4&lt;br&gt;Left to pay: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Сумма: %3&lt;br&gt;Уже оплачено: %4&lt;br&gt;Осталось оплатить: %5</translation>
    </message>
    <message>
        <source>Automatically (fewest clients)</source>
        <translation>Автоматически (у кого меньше клиентов)</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Дата оплаты:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation>&amp;Менеджер клиентского отдела:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Внести оплату</translation>
    </message>
    <message>
        <source>This is the company&apos;s first payment: it becomes a client and is handed over to an account manager.</source>
        <translation>Это первая оплата компании: она становится клиентом и передаётся менеджеру клиентского отдела.</translation>
    </message>
    <message>
        <source>The payment was not recorded</source>
        <translation>Оплата не внесена</translation>
    </message>
</context>
<context>
    <name>voronka::PayrollRecordsDialog</name>
    <message>
        <source>Behind the line</source>
        <translation>Из чего сложилась строка</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n record(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: записей: %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: записей: %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: записей: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The records of the line this corrects in %1, as the history gives them now.</source>
        <translation>Записи строки за %1, которую исправляет эта корректировка, — по истории на сегодня.</translation>
    </message>
    <message>
        <source>The month is closed and its lines keep no records: these are found again from the history.</source>
        <translation>Месяц закрыт, и его строки не хранят записей: они заново найдены по истории.</translation>
    </message>
    <message>
        <source>The history now counts %1 where the closed month counted %2: it changed after the month was closed. The difference in pay, if any, is a correction line in the next open month.</source>
        <translation>Сейчас по истории их %1, а при закрытии месяца было %2: история изменилась после закрытия. Разница в оплате, если она есть, — строка корректировки в следующем открытом месяце.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>&amp;Open company</source>
        <translation>&amp;Открыть компанию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>voronka::PeopleChecklist</name>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
</context>
<context>
    <name>voronka::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Роли: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Second role:</source>
        <translation>&amp;Вторая роль:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>A head with a region sees the companies of that region only</source>
        <translation>Руководитель с регионом видит только компании своего региона</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ре&amp;гион:</translation>
    </message>
</context>
<context>
    <name>voronka::PipelineBoard</name>
    <message>
        <source>no amount yet</source>
        <translation>сумма не указана</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Deals&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Сделки&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>The deals cannot be read: %1</source>
        <translation>Не удаётся прочитать сделки: %1</translation>
    </message>
    <message>
        <source>%1
%2
Owner: %3</source>
        <translation>%1
%2
Ответственный: %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Open deals: %1, worth %2</source>
        <translation>Открытых сделок: %1, на сумму %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Why was %1 lost?</source>
        <translation>Почему проиграна сделка %1?</translation>
    </message>
    <message>
        <source>The deal was not moved</source>
        <translation>Сделка не перемещена</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Внести &amp;оплату…</translation>
    </message>
    <message>
        <source>A payment is recorded against an issued invoice.</source>
        <translation>Оплату вносят по выставленному счёту.</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Новая сделка…</translation>
    </message>
    <message>
        <source>A repeat sale to %1</source>
        <translation>Повторная продажа: %1</translation>
    </message>
    <message>
        <source>No payment recorded</source>
        <translation>Оплата не внесена</translation>
    </message>
    <message>
        <source>The deal no longer exists: someone deleted it.</source>
        <translation>Сделки больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>No payment can be recorded</source>
        <translation>Оплату внести нельзя</translation>
    </message>
    <message>
        <source>Payment of %1 recorded</source>
        <translation>Внесена оплата %1</translation>
    </message>
    <message>
        <source>; %1 is now a client of %2</source>
        <translation>; %1 теперь клиент, его ведёт %2</translation>
    </message>
    <message>
        <source>; the deal is paid in full</source>
        <translation>; сделка оплачена полностью</translation>
    </message>
    <message>
        <source>; %1 left to pay</source>
        <translation>; осталось оплатить %1</translation>
    </message>
    <message>
        <source>A new deal is open for %1</source>
        <translation>Заведена новая сделка: %1</translation>
    </message>
    <message>
        <source>The deal was not opened</source>
        <translation>Сделка не заведена</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>счёт %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>оплачено %1</translation>
    </message>
    <message>
        <source>&amp;Open company</source>
        <translation>Открыть &amp;компанию</translation>
    </message>
    <message>
        <source>Show %1 in the cold base</source>
        <translation>Показать %1 в холодной базе</translation>
    </message>
</context>
<context>
    <name>voronka::PlanNormsDialog</name>
    <message>
        <source>Norms</source>
        <translation>Нормы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Norm a month</source>
        <translation>Норма в месяц</translation>
    </message>
    <message>
        <source>In roubles</source>
        <translation>В рублях</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Целое число</translation>
    </message>
    <message>
        <source>A norm is the plan of everyone in the role for every month the head set no plan of their own, past months included.</source>
        <translation>Норма — это план каждого сотрудника роли на любой месяц, для которого руководитель не задал личный план, в том числе на прошедшие месяцы.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number. Type the amount in roubles, e.g. 1 000 000.</source>
        <translation>%1, %2: «%3» — не число. Введите сумму в рублях, например 1 000 000.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a whole number.</source>
        <translation>%1, %2: «%3» — не целое число.</translation>
    </message>
    <message>
        <source>Norms have no dates: the new ones also become the plans of past months without a plan of their own, including months whose pay is closed (%1). That pay stays as it was paid. Where a new norm changes whether a plan bonus was earned in such a month, the difference appears once as a correction line in the next open month&apos;s statement. Save the norms?</source>
        <translation>У норм нет дат: новые нормы станут планами и прошедших месяцев без личного плана, в том числе месяцев с закрытой оплатой (%1). Эти выплаты остаются такими, как были выплачены. Если из-за новой нормы премия за план в таком месяце заработана или нет, разница один раз появится строкой корректировки в ведомости следующего открытого месяца. Сохранить нормы?</translation>
    </message>
</context>
<context>
    <name>voronka::RegionFilter</name>
    <message>
        <source>Only the companies of one region</source>
        <translation>Только компании одного региона</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
</context>
<context>
    <name>voronka::ReminderCenter</name>
    <message>
        <source>Reminders could not be checked: %1</source>
        <translation>Не удалось проверить напоминания: %1</translation>
    </message>
    <message>
        <source>Keep running in the tray for reminders</source>
        <translation>Оставаться в трее, чтобы приходили напоминания</translation>
    </message>
    <message>
        <source>Voronka: reminders are on</source>
        <translation>«Воронка»: напоминания включены</translation>
    </message>
    <message>
        <source>Show Voronka</source>
        <translation>Показать «Воронку»</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Missed while you were away: %1</source>
        <translation>Пропущено, пока вас не было: %1</translation>
    </message>
    <message>
        <source>Reminders due: %1</source>
        <translation>Пора выполнить: %1</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>На этом рабочем столе нет области уведомлений.</translation>
    </message>
</context>
<context>
    <name>voronka::ReminderPopup</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>От&amp;ложить</translation>
    </message>
    <message>
        <source>Done &amp;all</source>
        <translation>&amp;Все готово</translation>
    </message>
    <message>
        <source>Done all</source>
        <translation>Все готово</translation>
    </message>
    <message>
        <source>No task was closed</source>
        <translation>Ни одна задача не закрыта</translation>
    </message>
    <message>
        <source>Some tasks were not closed</source>
        <translation>Часть задач не закрыта</translation>
    </message>
    <message>
        <source>Missed while you were away: %1</source>
        <translation>Пропущено, пока вас не было: %1</translation>
    </message>
    <message>
        <source>Reminders due: %1</source>
        <translation>Пора выполнить: %1</translation>
    </message>
    <message>
        <source>Mark every listed task done (%1)?</source>
        <translation>Отметить все задачи из списка выполненными (%1)?</translation>
    </message>
    <message>
        <source>Tasks not closed: %1</source>
        <translation>Не закрыто задач: %1</translation>
    </message>
    <message>
        <source>Reminders due: %1; missed while you were away: %2</source>
        <translation>Пора выполнить: %1; пропущено, пока вас не было: %2</translation>
    </message>
    <message>
        <source>Show them in &amp;Today</source>
        <translation>Показать их в разделе «&amp;Сегодня»</translation>
    </message>
    <message numerus="yes">
        <source>%n more reminders came due and are not listed here: they are in the Today section.</source>
        <translation>
            <numerusform>Пришло ещё %n напоминание, здесь оно не показано: оно в разделе «Сегодня».</numerusform>
            <numerusform>Пришло ещё %n напоминания, здесь они не показаны: они в разделе «Сегодня».</numerusform>
            <numerusform>Пришло ещё %n напоминаний, здесь они не показаны: они в разделе «Сегодня».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n reminders not listed here stay open in the Today section.</source>
        <translation>
            <numerusform>Не показанное здесь %n напоминание остаётся открытым в разделе «Сегодня».</numerusform>
            <numerusform>Не показанные здесь %n напоминания остаются открытыми в разделе «Сегодня».</numerusform>
            <numerusform>Не показанные здесь %n напоминаний остаются открытыми в разделе «Сегодня».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voronka::ReportFilterBar</name>
    <message>
        <source>The month before</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>The first day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>The last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>Which companies the funnel follows</source>
        <translation>Какие компании показывает воронка</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Чьи цифры:</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (отключён)</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Регион: %1</translation>
    </message>
    <message>
        <source>Source…</source>
        <translation>Источник…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>The companies of the source (as the import or the card gave it):</source>
        <translation>Компании источника (как он указан при импорте или в карточке):</translation>
    </message>
    <message>
        <source>Whose figures: everyone&apos;s, a person&apos;s, or the companies of a region, a source or an import</source>
        <translation>Чьи цифры: всех, одного сотрудника или компаний региона, источника или импорта</translation>
    </message>
    <message>
        <source>Import: %1, %2</source>
        <translation>Импорт: %1, %2</translation>
    </message>
</context>
<context>
    <name>voronka::ReportPayPanel</name>
    <message>
        <source>Close month…</source>
        <translation>Закрыть месяц…</translation>
    </message>
    <message>
        <source>This month is closed: it does not change.</source>
        <translation>Месяц закрыт: он больше не меняется.</translation>
    </message>
    <message>
        <source>A month is closed once it is over.</source>
        <translation>Месяц можно закрыть, когда он закончился.</translation>
    </message>
    <message>
        <source>Store the statement of %1 as paid: it will not change after.</source>
        <translation>Сохранить ведомость за %1 как выплаченную: после этого она не изменится.</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Закрытие месяца</translation>
    </message>
    <message>
        <source>Close %1 with a total of %2? The statement is stored as paid and will not change: a later difference appears as a correction next month.</source>
        <translation>Закрыть %1 с итогом %2? Ведомость сохранится как выплаченная и не изменится: найденная позже разница попадёт в корректировку следующего месяца.</translation>
    </message>
    <message>
        <source>Pay rates…</source>
        <translation>Ставки…</translation>
    </message>
    <message>
        <source>The rates of pay for results, and from which day a new one applies</source>
        <translation>Ставки оплаты за результат и с какого дня действует новая</translation>
    </message>
    <message>
        <source>Double click a line to see the records behind it.</source>
        <translation>Двойной щелчок по строке — из чего она сложилась.</translation>
    </message>
    <message>
        <source>Double click to see the records behind this line</source>
        <translation>Двойной щелчок — из чего сложилась эта строка</translation>
    </message>
    <message>
        <source>Behind the line</source>
        <translation>Из чего сложилась строка</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>voronka::ReportPlanPanel</name>
    <message>
        <source>Set plan…</source>
        <translation>Задать план…</translation>
    </message>
    <message>
        <source>Set the selected person&apos;s plan of this figure for the month (or double click the line)</source>
        <translation>Задать план выбранного сотрудника по этому показателю на месяц (или дважды щёлкните строку)</translation>
    </message>
    <message>
        <source>Lines behind the pace (where the person should be by today) are in red.</source>
        <translation>Красным — строки, отстающие от темпа (где сотрудник должен быть к сегодняшнему дню).</translation>
    </message>
    <message>
        <source>Set plan</source>
        <translation>Задать план</translation>
    </message>
    <message>
        <source>%1, %2 for %3:</source>
        <translation>%1, %2 на %3:</translation>
    </message>
    <message>
        <source>Norms…</source>
        <translation>Нормы…</translation>
    </message>
    <message>
        <source>Each role&apos;s monthly norm: the plan of a month without a plan of its own</source>
        <translation>Месячная норма каждой роли: план на месяц, если личный план не задан</translation>
    </message>
</context>
<context>
    <name>voronka::ReportsView</name>
    <message>
        <source>Computing the figures…</source>
        <translation>Считаю показатели…</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины потерь</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Write the tables of this tab to a CSV file (%1)</source>
        <translation>Записать таблицы этой вкладки в файл CSV (%1)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the tables of this tab, or save them as PDF (%1)</source>
        <translation>Напечатать таблицы этой вкладки или сохранить их в PDF (%1)</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать показатели: %1</translation>
    </message>
    <message>
        <source>No company made its first payment.</source>
        <translation>Первых оплат за период нет.</translation>
    </message>
    <message numerus="yes">
        <source>Days from the first call to the first payment: median %1, over %n company(ies).</source>
        <translation>
            <numerusform>Дней от первого звонка до первой оплаты: медиана %1, по %n компании.</numerusform>
            <numerusform>Дней от первого звонка до первой оплаты: медиана %1, по %n компаниям.</numerusform>
            <numerusform>Дней от первого звонка до первой оплаты: медиана %1, по %n компаниям.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Funnel: %1. %2</source>
        <translation>Воронка: %1. %2</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Сравнение с: %1</translation>
    </message>
    <message>
        <source>Whose figures: %1</source>
        <translation>Чьи цифры: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Отчёт: %1</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>Double-click a figure or press Enter to see its companies</source>
        <translation>Двойной щелчок или Enter на цифре — список её компаний</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Preparing the history for reports: %1%.</source>
        <translation>История готовится для отчётов: %1%.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lost: %1 (%2)</source>
        <translation>Потеряны: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>voronka::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the base. It is checked first; the current base is kept beside it.</source>
        <translation>Выберите резервную копию, которая заменит базу. Сначала она будет проверена; текущая база сохранится рядом.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>This backup cannot be restored; choose another one.

%1</source>
        <translation>Эту резервную копию нельзя восстановить; выберите другую.

%1</translation>
    </message>
    <message>
        <source>Replace the base with the backup made %1?

Everything entered since then is no longer in the base; the current base is kept beside it as a file named “…before-restore…”. Other desktops that have the base open must close it first.</source>
        <translation>Заменить базу резервной копией от %1?

Всё, что было введено после этого, пропадёт из базы; текущая база сохранится рядом в файле с именем «…before-restore…». На других компьютерах, где открыта база, её нужно сначала закрыть.</translation>
    </message>
    <message>
        <source>There are no backups of this base yet.</source>
        <translation>Резервных копий этой базы пока нет.</translation>
    </message>
</context>
<context>
    <name>voronka::ScriptAnswerTable</name>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Ведёт к</translation>
    </message>
    <message>
        <source>Choose where it leads…</source>
        <translation>Выберите, куда ведёт…</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>ends the call: %1</source>
        <translation>завершает звонок: %1</translation>
    </message>
</context>
<context>
    <name>voronka::ScriptCheckPanel</name>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>No problems: callers can follow this script.</source>
        <translation>Проблем нет: менеджеры первой линии могут работать по этому скрипту.</translation>
    </message>
</context>
<context>
    <name>voronka::ScriptEditorDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Call scripts[*]</source>
        <translation>Скрипты звонков[*]</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Сохранить скрипт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Write a new script</source>
        <translation>Написать новый скрипт</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Copy the script as shown, unsaved edits included, into a new script</source>
        <translation>Скопировать скрипт в новый в том виде, как он показан, вместе с несохранёнными правками</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Scripts:</source>
        <translation>Скрипты:</translation>
    </message>
    <message>
        <source>The two-letter code of the language the script is written in</source>
        <translation>Двухбуквенный код языка, на котором написан скрипт</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>S&amp;tart step:</source>
        <translation>&amp;Первый шаг:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Шаги:</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Новый скрипт</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to the script &quot;%1&quot;?</source>
        <translation>Сохранить изменения в скрипте «%1»?</translation>
    </message>
    <message>
        <source>The script no longer exists: someone deleted it.</source>
        <translation>Скрипта больше нет: его кто-то удалил.</translation>
    </message>
    <message>
        <source>Open the script</source>
        <translation>Открытие скрипта</translation>
    </message>
    <message>
        <source>Call scripts</source>
        <translation>Скрипты звонков</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (не сохранён)</translation>
    </message>
    <message>
        <source>Rename the step</source>
        <translation>Переименование шага</translation>
    </message>
    <message>
        <source>The script cannot be saved yet: %1</source>
        <translation>Скрипт пока нельзя сохранить: %1</translation>
    </message>
    <message>
        <source>Your edits are still here: Duplicate keeps them as a new script.</source>
        <translation>Ваши правки на месте: кнопка «Дублировать» сохранит их как новый скрипт.</translation>
    </message>
    <message>
        <source>Duplicate the script</source>
        <translation>Дублирование скрипта</translation>
    </message>
    <message>
        <source>Delete the script &quot;%1&quot;? Callers will no longer be able to follow it.</source>
        <translation>Удалить скрипт «%1»? Менеджеры первой линии больше не смогут работать по нему.</translation>
    </message>
    <message>
        <source>Discard the new script? It was never saved.</source>
        <translation>Отказаться от нового скрипта? Он ещё не был сохранён.</translation>
    </message>
    <message>
        <source>Delete the script</source>
        <translation>Удаление скрипта</translation>
    </message>
</context>
<context>
    <name>voronka::ScriptStepEditor</name>
    <message>
        <source>How answers name this step; renaming it keeps the answers that lead here.</source>
        <translation>По этому имени на шаг ссылаются ответы; при переименовании ответы, ведущие сюда, сохраняются.</translation>
    </message>
    <message>
        <source>Add &amp;answer</source>
        <translation>Добавить &amp;ответ</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>Удалить ответ</translation>
    </message>
    <message>
        <source>Step &amp;id:</source>
        <translation>&amp;Имя шага:</translation>
    </message>
    <message>
        <source>Step t&amp;itle:</source>
        <translation>&amp;Заголовок шага:</translation>
    </message>
    <message>
        <source>Te&amp;xt to say:</source>
        <translation>&amp;Текст для разговора:</translation>
    </message>
</context>
<context>
    <name>voronka::SharesTable</name>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
</context>
<context>
    <name>voronka::SignInDialog</name>
    <message>
        <source>Sign in to Voronka</source>
        <translation>Вход в Воронку</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Повторить можно через %n секунду.</numerusform>
            <numerusform>Повторить можно через %n секунды.</numerusform>
            <numerusform>Повторить можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запомнить меня на этом компьютере</translation>
    </message>
    <message numerus="yes">
        <source>Kept in this computer&apos;s keychain for %n day(s), until you sign out or your password changes.</source>
        <translation>
            <numerusform>Хранится в хранилище паролей этого компьютера %n день, пока вы не выйдете или не смените пароль.</numerusform>
            <numerusform>Хранится в хранилище паролей этого компьютера %n дня, пока вы не выйдете или не смените пароль.</numerusform>
            <numerusform>Хранится в хранилище паролей этого компьютера %n дней, пока вы не выйдете или не смените пароль.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voronka::TaskTableModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>Просрочено (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Сегодня (%1)</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Предстоящие (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>%1, escalated</source>
        <translation>%1, передана руководителю</translation>
    </message>
</context>
<context>
    <name>voronka::TeamSettingsDialog</name>
    <message>
        <source>Team rules</source>
        <translation>Правила команды</translation>
    </message>
    <message>
        <source>The person on &amp;duty today (the duty roster)</source>
        <translation>&amp;Дежурный сегодня (по графику дежурств)</translation>
    </message>
    <message>
        <source>The &amp;most qualified first, in this order (the next when one is full):</source>
        <translation>Самый квалифицированный — &amp;первым, в этом порядке (следующий, если у него нет места):</translation>
    </message>
    <message>
        <source>The closers in &amp;turn</source>
        <translation>Менеджеры активных продаж по о&amp;череди</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>An inquiry goes to</source>
        <translation>Кому идёт обращение</translation>
    </message>
    <message>
        <source>Capacity: how much one person leads</source>
        <translation>Пределы нагрузки на одного сотрудника</translation>
    </message>
    <message>
        <source>A closer, small or medium &amp;companies:</source>
        <translation>Менеджер, &amp;малых и средних компаний:</translation>
    </message>
    <message>
        <source>A closer, &amp;large companies:</source>
        <translation>Менеджер, &amp;крупных компаний:</translation>
    </message>
    <message>
        <source>A closer, &amp;key accounts:</source>
        <translation>Менеджер, кл&amp;ючевых клиентов:</translation>
    </message>
    <message>
        <source>An account manager, cli&amp;ents:</source>
        <translation>Менеджер клиентского отдела, кли&amp;ентов:</translation>
    </message>
    <message>
        <source>Callers take unassigned cold companies from the &amp;pool</source>
        <translation>Менеджеры первой линии берут ничьи холодные компании из пу&amp;ла</translation>
    </message>
    <message>
        <source>These rules are kept in the base: every desk follows them. Callers see the pool change when they next sign in.</source>
        <translation>Правила хранятся в базе: по ним работают все рабочие места. Изменение пула менеджеры первой линии увидят при следующем входе.</translation>
    </message>
</context>
<context>
    <name>voronka::TeamView</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Добавить сотрудника…</translation>
    </message>
    <message>
        <source>Change roles…</source>
        <translation>Изменить роли…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Задать пароль…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <source>Hand out companies…</source>
        <translation>Распределить компании…</translation>
    </message>
    <message>
        <source>History of hand-outs…</source>
        <translation>История распределений…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Изменить роли</translation>
    </message>
    <message>
        <source>Small or medium companies: %1 of %2</source>
        <translation>Малых и средних компаний: %1 из %2</translation>
    </message>
    <message>
        <source>Large companies: %1 of %2</source>
        <translation>Крупных компаний: %1 из %2</translation>
    </message>
    <message>
        <source>Key accounts: %1 of %2</source>
        <translation>Ключевых клиентов: %1 из %2</translation>
    </message>
    <message>
        <source>Clients: %1 of %2</source>
        <translation>Клиентов: %1 из %2</translation>
    </message>
    <message>
        <source>Load / limit</source>
        <translation>Нагрузка / предел</translation>
    </message>
    <message>
        <source>Calls
today</source>
        <translation>Звонков
сегодня</translation>
    </message>
    <message>
        <source>Meetings
today</source>
        <translation>Встреч
сегодня</translation>
    </message>
    <message>
        <source>Tasks
overdue</source>
        <translation>Просрочено
задач</translation>
    </message>
    <message>
        <source>A closer&apos;s small or medium · large · key companies, an account manager&apos;s clients, each against its limit</source>
        <translation>У менеджера активных продаж — малые и средние · крупные · ключевые компании, у менеджера клиентского отдела — клиенты; рядом с каждым числом его предел</translation>
    </message>
    <message>
        <source>Duty roster…</source>
        <translation>График дежурств…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Правила…</translation>
    </message>
    <message>
        <source>Who gets inquiries, capacity limits, the pool (%1)</source>
        <translation>Кому идут обращения, пределы нагрузки, пул (%1)</translation>
    </message>
</context>
<context>
    <name>voronka::TodayView</name>
    <message>
        <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Сегодня&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Чьи задачи:</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>The task is done (Ctrl+D)</source>
        <translation>Задача выполнена (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <source>&amp;Open company</source>
        <translation>Открыть &amp;компанию</translation>
    </message>
    <message>
        <source>Show the task&apos;s company (Enter)</source>
        <translation>Показать компанию из задачи (Enter)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Новая задача…</translation>
    </message>
    <message>
        <source>A new task for the selected company (Ctrl+T)</source>
        <translation>Новая задача по выбранной компании (Ctrl+T)</translation>
    </message>
    <message>
        <source>The tasks cannot be read: %1</source>
        <translation>Не удаётся прочитать задачи: %1</translation>
    </message>
    <message>
        <source>%1 overdue, %2 today, %3 in the next 7 days</source>
        <translation>Просрочено: %1, на сегодня: %2, на ближайшие 7 дней: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>позже: %n</numerusform>
            <numerusform>позже: %n</numerusform>
            <numerusform>позже: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
