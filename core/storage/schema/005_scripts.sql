-- Voronka schema version 5: call scripts.

-- A call script is one row whose steps and answers are a JSON document (CallScriptRepository reads and
-- writes it; see there for the format). Why not tables for steps and answers: a script is read, edited and
-- saved as a whole by one person in the editor, it is never queried step by step across scripts, and its
-- parts have no history of their own. One row gives one version for the whole script (a stale save is
-- refused as a whole, never half-merged with a colleague's steps) and saving is one UPDATE instead of
-- diffing child rows. The rules the document must keep (start step exists, every answer leads to a step or
-- an outcome) are checked by the repository before any write.
CREATE TABLE call_scripts (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(title)) > 0),
    -- ISO 639-1 code of the language the script is written in.
    language    TEXT    NOT NULL CHECK (length(language) BETWEEN 2 AND 3),
    document    TEXT    NOT NULL CHECK (json_valid(document)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX call_scripts_language ON call_scripts(language);

-- The two default scripts: a cold call to a company to book a meeting with the decision maker, past the
-- secretary, with the common objections answered (the first line books meetings, it does not sell).
INSERT INTO call_scripts (title, language, document, created_at, updated_at)
SELECT column1, column2, column3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (VALUES
('Холодный звонок: встреча с ЛПР', 'ru',
'{
 "start": "secretary",
 "steps": [
  {
   "id": "secretary",
   "title": "Секретарь",
   "text": "Добрый день! Меня зовут [имя], компания [наша компания]. Подскажите, пожалуйста, кто у вас отвечает за [направление]? Соедините меня с ним, пожалуйста.",
   "answers": [
    {
     "text": "Соединяет с ответственным",
     "next": "decision_maker"
    },
    {
     "text": "«По какому вопросу?»",
     "next": "secretary_reason"
    },
    {
     "text": "«Пришлите на почту»",
     "next": "secretary_email"
    },
    {
     "text": "«Его нет на месте»",
     "next": "secretary_absent"
    },
    {
     "text": "«Нам ничего не нужно»",
     "next": "secretary_reason"
    }
   ]
  },
  {
   "id": "secretary_reason",
   "title": "Секретарь: по какому вопросу",
   "text": "Вопрос по [направление]: хочу договориться с [должность] о короткой встрече. Решение ведь принимает он, поэтому соедините, пожалуйста. Как его зовут?",
   "answers": [
    {
     "text": "Соединяет",
     "next": "decision_maker"
    },
    {
     "text": "Не соединяет, но называет имя и когда звонить",
     "outcome": "callback"
    },
    {
     "text": "Отказывается наотрез",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "secretary_email",
   "title": "Секретарь: пришлите на почту",
   "text": "Обязательно пришлю. Подскажите, на чьё имя адресовать письмо и когда он его посмотрит? Я перезвоню и уточню, получил ли.",
   "answers": [
    {
     "text": "Называет имя, адрес и время",
     "outcome": "callback"
    },
    {
     "text": "Всё же соединяет",
     "next": "decision_maker"
    },
    {
     "text": "Отказывается",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "secretary_absent",
   "title": "Секретарь: нет на месте",
   "text": "Понял. Подскажите, как его зовут и когда его лучше застать?",
   "answers": [
    {
     "text": "Называет имя и время",
     "outcome": "callback"
    },
    {
     "text": "«Не знаю, звоните позже»",
     "outcome": "not_now"
    }
   ]
  },
  {
   "id": "decision_maker",
   "title": "Приветствие ответственного",
   "text": "[Имя Отчество], добрый день! Меня зовут [имя], компания [наша компания]. Мы помогаем компаниям, как ваша, [результат: снизить затраты на …, ускорить …]. Удобно говорить две минуты?",
   "answers": [
    {
     "text": "«Да, слушаю»",
     "next": "pitch"
    },
    {
     "text": "«Нет времени»",
     "next": "objection_no_time"
    },
    {
     "text": "«Нам не нужно»",
     "next": "objection_not_needed"
    }
   ]
  },
  {
   "id": "pitch",
   "title": "Короткая презентация и предложение встречи",
   "text": "Коротко: [одна фраза о предложении и результате для клиента, пример знакомой им компании]. Предлагаю встретиться на 30 минут: наш специалист приедет, разберётся в вашей ситуации и покажет, что это даст именно вам. Вам удобнее в четверг или в пятницу?",
   "answers": [
    {
     "text": "Соглашается на встречу",
     "next": "book_meeting"
    },
    {
     "text": "«Нам не нужно»",
     "next": "objection_not_needed"
    },
    {
     "text": "«Дорого»",
     "next": "objection_price"
    },
    {
     "text": "«Пришлите КП»",
     "next": "objection_send_offer"
    },
    {
     "text": "«Мы уже работаем с другими»",
     "next": "objection_supplier"
    },
    {
     "text": "«Нет времени»",
     "next": "objection_no_time"
    }
   ]
  },
  {
   "id": "objection_not_needed",
   "title": "Возражение: нам не нужно",
   "text": "Понимаю. Многие наши клиенты тоже так говорили, пока не увидели, сколько [экономят / зарабатывают]. Встреча ни к чему не обязывает: за полчаса вы поймёте, есть ли смысл. Давайте в четверг или в пятницу?",
   "answers": [
    {
     "text": "Соглашается на встречу",
     "next": "book_meeting"
    },
    {
     "text": "«А что именно вы предлагаете?»",
     "next": "pitch"
    },
    {
     "text": "«Может быть, позже»",
     "next": "later"
    },
    {
     "text": "«Нет, точно не нужно»",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "objection_price",
   "title": "Возражение: дорого",
   "text": "Цена зависит от задачи, и как раз на встрече специалист посчитает её под вас: часто выходит дешевле, чем сейчас. Встреча бесплатна и ни к чему не обязывает. Четверг или пятница?",
   "answers": [
    {
     "text": "Соглашается на встречу",
     "next": "book_meeting"
    },
    {
     "text": "«Сейчас нет бюджета»",
     "next": "later"
    },
    {
     "text": "«Нет, дорого, не интересно»",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "objection_send_offer",
   "title": "Возражение: пришлите КП",
   "text": "Конечно, пришлю. Чтобы предложение было не общим, а под вашу задачу, специалисту нужно полчаса с вами: после встречи КП будет точным, с ценами именно для вас. Давайте в четверг или в пятницу?",
   "answers": [
    {
     "text": "Соглашается на встречу",
     "next": "book_meeting"
    },
    {
     "text": "«Нет, сначала КП»",
     "next": "send_offer"
    },
    {
     "text": "«Не интересно»",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "send_offer",
   "title": "Отправка КП",
   "text": "Хорошо, отправлю сегодня. Когда вы его посмотрите? Я перезвоню, отвечу на вопросы и договоримся о встрече.",
   "answers": [
    {
     "text": "Называет день и время",
     "outcome": "callback"
    },
    {
     "text": "«Посмотрю, когда будет время»",
     "next": "later"
    }
   ]
  },
  {
   "id": "objection_supplier",
   "title": "Возражение: уже работаем с другими",
   "text": "Отлично, значит, вы знаете, как это важно. Мы и не предлагаем сразу менять поставщика: сравните условия. Встреча на полчаса даст вам запасной вариант и довод в переговорах с нынешним. Четверг или пятница?",
   "answers": [
    {
     "text": "Соглашается на встречу",
     "next": "book_meeting"
    },
    {
     "text": "«Нас всё устраивает, может быть, позже»",
     "next": "later"
    },
    {
     "text": "«Менять ничего не будем»",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "objection_no_time",
   "title": "Возражение: нет времени",
   "text": "Понимаю, поэтому и займу всего минуту. Или давайте я перезвоню: когда вам удобно — сегодня после обеда или завтра утром?",
   "answers": [
    {
     "text": "«Хорошо, говорите коротко»",
     "next": "pitch"
    },
    {
     "text": "Называет время",
     "outcome": "callback"
    },
    {
     "text": "«Не звоните больше»",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "later",
   "title": "Не сейчас",
   "text": "Хорошо. Когда к этому вопросу имеет смысл вернуться: через месяц, через квартал? Я запишу и позвоню в назначенный день.",
   "answers": [
    {
     "text": "Называет срок",
     "outcome": "not_now"
    },
    {
     "text": "«Никогда»",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "book_meeting",
   "title": "Назначение встречи",
   "text": "Отлично! Записываю: [день], [время], адрес [адрес]. Приедет наш специалист [имя]. Кто ещё будет на встрече? Оставьте, пожалуйста, мобильный: накануне подтвердим.",
   "answers": [
    {
     "text": "Встреча назначена: день, время и место названы",
     "outcome": "meeting_booked"
    },
    {
     "text": "«Давайте позже созвонимся»",
     "outcome": "callback"
    }
   ]
  }
 ]
}'),
('Cold call: a meeting with the decision maker', 'en',
'{
 "start": "gatekeeper",
 "steps": [
  {
   "id": "gatekeeper",
   "title": "Gatekeeper",
   "text": "Good afternoon! My name is [name], from [our company]. Who is in charge of [area] at your company? Could you put me through to them, please?",
   "answers": [
    {
     "text": "Puts you through",
     "next": "decision_maker"
    },
    {
     "text": "“What is it about?”",
     "next": "gatekeeper_reason"
    },
    {
     "text": "“Send us an e-mail”",
     "next": "gatekeeper_email"
    },
    {
     "text": "“They are not in”",
     "next": "gatekeeper_absent"
    },
    {
     "text": "“We do not need anything”",
     "next": "gatekeeper_reason"
    }
   ]
  },
  {
   "id": "gatekeeper_reason",
   "title": "Gatekeeper: what is it about",
   "text": "It is about [area]: I would like to arrange a short meeting with [position]. It is their decision, so please put me through. What is their name?",
   "answers": [
    {
     "text": "Puts you through",
     "next": "decision_maker"
    },
    {
     "text": "Will not put through, but gives the name and a time to call",
     "outcome": "callback"
    },
    {
     "text": "Flatly refuses",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "gatekeeper_email",
   "title": "Gatekeeper: send an e-mail",
   "text": "I will. Whom should I address it to, and when will they read it? I will call back to check it arrived.",
   "answers": [
    {
     "text": "Gives the name, address and a time",
     "outcome": "callback"
    },
    {
     "text": "Puts you through after all",
     "next": "decision_maker"
    },
    {
     "text": "Refuses",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "gatekeeper_absent",
   "title": "Gatekeeper: not in",
   "text": "I see. What is their name, and when is the best time to reach them?",
   "answers": [
    {
     "text": "Gives the name and a time",
     "outcome": "callback"
    },
    {
     "text": "“No idea, call some other time”",
     "outcome": "not_now"
    }
   ]
  },
  {
   "id": "decision_maker",
   "title": "Greeting the decision maker",
   "text": "[Name], good afternoon! My name is [name], from [our company]. We help companies like yours [result: cut the cost of …, speed up …]. Have you got two minutes?",
   "answers": [
    {
     "text": "“Yes, go ahead”",
     "next": "pitch"
    },
    {
     "text": "“No time”",
     "next": "objection_no_time"
    },
    {
     "text": "“We do not need it”",
     "next": "objection_not_needed"
    }
   ]
  },
  {
   "id": "pitch",
   "title": "Short pitch and the meeting",
   "text": "In short: [one sentence on the offer and the result for the client, an example they know]. I suggest a 30-minute meeting: our specialist will come over, look at your situation and show what it gives you in particular. Is Thursday or Friday better for you?",
   "answers": [
    {
     "text": "Agrees to meet",
     "next": "book_meeting"
    },
    {
     "text": "“We do not need it”",
     "next": "objection_not_needed"
    },
    {
     "text": "“Too expensive”",
     "next": "objection_price"
    },
    {
     "text": "“Just send us an offer”",
     "next": "objection_send_offer"
    },
    {
     "text": "“We already work with someone else”",
     "next": "objection_supplier"
    },
    {
     "text": "“No time”",
     "next": "objection_no_time"
    }
   ]
  },
  {
   "id": "objection_not_needed",
   "title": "Objection: we do not need it",
   "text": "I understand. Many of our clients said the same until they saw how much they [save / earn]. The meeting commits you to nothing: in half an hour you will know whether it makes sense. Thursday or Friday?",
   "answers": [
    {
     "text": "Agrees to meet",
     "next": "book_meeting"
    },
    {
     "text": "“What exactly do you offer?”",
     "next": "pitch"
    },
    {
     "text": "“Maybe later”",
     "next": "later"
    },
    {
     "text": "“No, we really do not need it”",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "objection_price",
   "title": "Objection: too expensive",
   "text": "The price depends on the task, and that is exactly what the specialist will work out for you at the meeting: it often comes out cheaper than what you pay now. The meeting is free and commits you to nothing. Thursday or Friday?",
   "answers": [
    {
     "text": "Agrees to meet",
     "next": "book_meeting"
    },
    {
     "text": "“No budget right now”",
     "next": "later"
    },
    {
     "text": "“No, too expensive, not interested”",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "objection_send_offer",
   "title": "Objection: send an offer",
   "text": "Of course. To make the offer fit your task rather than be a generic one, the specialist needs half an hour with you: after the meeting the offer will be exact, with your prices. Thursday or Friday?",
   "answers": [
    {
     "text": "Agrees to meet",
     "next": "book_meeting"
    },
    {
     "text": "“No, the offer first”",
     "next": "send_offer"
    },
    {
     "text": "“Not interested”",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "send_offer",
   "title": "Sending the offer",
   "text": "Fine, I will send it today. When will you look at it? I will call back to answer your questions and arrange a meeting.",
   "answers": [
    {
     "text": "Gives a day and time",
     "outcome": "callback"
    },
    {
     "text": "“I will look when I have time”",
     "next": "later"
    }
   ]
  },
  {
   "id": "objection_supplier",
   "title": "Objection: we already have a supplier",
   "text": "Good, so you know how much it matters. We do not ask you to switch right away: compare the terms. Half an hour gives you a fallback and an argument in talks with your current supplier. Thursday or Friday?",
   "answers": [
    {
     "text": "Agrees to meet",
     "next": "book_meeting"
    },
    {
     "text": "“We are happy as we are, maybe later”",
     "next": "later"
    },
    {
     "text": "“We are not changing anything”",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "objection_no_time",
   "title": "Objection: no time",
   "text": "I understand, so I will take just a minute. Or I can call back: when suits you, this afternoon or tomorrow morning?",
   "answers": [
    {
     "text": "“All right, be brief”",
     "next": "pitch"
    },
    {
     "text": "Gives a time",
     "outcome": "callback"
    },
    {
     "text": "“Do not call again”",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "later",
   "title": "Not now",
   "text": "All right. When does it make sense to come back to this: in a month, next quarter? I will note it and call on that day.",
   "answers": [
    {
     "text": "Names a date",
     "outcome": "not_now"
    },
    {
     "text": "“Never”",
     "outcome": "refused"
    }
   ]
  },
  {
   "id": "book_meeting",
   "title": "Booking the meeting",
   "text": "Excellent! Let me write it down: [day], [time], at [address]. Our specialist [name] will come. Who else will be at the meeting? Please leave a mobile number: we will confirm the day before.",
   "answers": [
    {
     "text": "Meeting booked: day, time and place agreed",
     "outcome": "meeting_booked"
    },
    {
     "text": "“Let us talk later”",
     "outcome": "callback"
    }
   ]
  }
 ]
}'));
