import type { LibraryClause } from '../domain/agreement';
import { libraryEntry as entry, paragraphs as p, texts as l } from './seed-library-entry';

/**
 * Seeded library clauses that open an agreement: preambles, purposes (including the twin-city
 * clause), areas of cooperation and forms of cooperation. Written for Ukrainian municipalities;
 * party names, signatories and cities come from placeholders, always in the nominative, so the
 * wording never has to decline them ("представник — Калуський міський голова Андрій Найда").
 */

const PARTIES = l(
  '{{party.A.name}} (представник — {{party.A.signatory.position}} {{party.A.signatory.name}}), з однієї сторони, та {{party.B.name}} (представник — {{party.B.signatory.position}} {{party.B.signatory.name}}), з іншої сторони (далі разом — «Сторони», а кожна окремо — «Сторона»),',
  '{{party.A.name}} (представитель — {{party.A.signatory.position}} {{party.A.signatory.name}}), с одной стороны, и {{party.B.name}} (представитель — {{party.B.signatory.position}} {{party.B.signatory.name}}), с другой стороны (далее вместе — «Стороны», а каждая в отдельности — «Сторона»),',
  '{{party.A.name}}, represented by {{party.A.signatory.name}}, {{party.A.signatory.position}}, on the one hand, and {{party.B.name}}, represented by {{party.B.signatory.name}}, {{party.B.signatory.position}}, on the other hand (hereinafter jointly referred to as the “Parties” and individually as a “Party”),',
);

export const PREAMBLES: readonly LibraryClause[] = [
  entry('preamble-cooperation', 'preamble', 'preamble', l('', '', ''), l(
    p(
      PARTIES.uk,
      'керуючись законодавством своїх держав, принципами Європейської хартії місцевого самоврядування та загальновизнаними нормами міжнародного права,',
      'прагнучи розвивати взаємовигідну співпрацю між територіальними громадами на засадах рівноправності, довіри та партнерства,',
      'усвідомлюючи, що об’єднання зусиль сприяє сталому економічному розвитку, створенню нових робочих місць і відновленню України,',
      'домовилися про таке:',
    ),
    p(
      PARTIES.ru,
      'руководствуясь законодательством своих государств, принципами Европейской хартии местного самоуправления и общепризнанными нормами международного права,',
      'стремясь развивать взаимовыгодное сотрудничество между территориальными общинами на основе равноправия, доверия и партнёрства,',
      'осознавая, что объединение усилий способствует устойчивому экономическому развитию, созданию новых рабочих мест и восстановлению Украины,',
      'договорились о нижеследующем:',
    ),
    p(
      PARTIES.en,
      'guided by the legislation of their States, the principles of the European Charter of Local Self-Government and the generally recognised norms of international law,',
      'seeking to develop mutually beneficial cooperation between their communities on the basis of equality, trust and partnership,',
      'aware that joining efforts contributes to sustainable economic development, the creation of new jobs and the recovery of Ukraine,',
      'have agreed as follows:',
    ),
  )),
  entry('preamble-twinning', 'preamble', 'preamble', l('', '', ''), l(
    p(
      PARTIES.uk,
      'керуючись законодавством своїх держав та принципами Європейської хартії місцевого самоврядування,',
      'беручи до уваги дружні зв’язки, що склалися між громадами міст {{party.A.city}} і {{party.B.city}},',
      'прагнучи зміцнювати дружбу, взаєморозуміння та довіру між мешканцями обох міст,',
      'бажаючи надати співпраці між містами сталого й довгострокового характеру,',
      'домовилися про таке:',
    ),
    p(
      PARTIES.ru,
      'руководствуясь законодательством своих государств и принципами Европейской хартии местного самоуправления,',
      'принимая во внимание дружеские связи, сложившиеся между общинами городов {{party.A.city}} и {{party.B.city}},',
      'стремясь укреплять дружбу, взаимопонимание и доверие между жителями обоих городов,',
      'желая придать сотрудничеству между городами устойчивый и долгосрочный характер,',
      'договорились о нижеследующем:',
    ),
    p(
      PARTIES.en,
      'guided by the legislation of their States and the principles of the European Charter of Local Self-Government,',
      'taking into account the friendly ties that have developed between the communities of the cities of {{party.A.city}} and {{party.B.city}},',
      'seeking to strengthen friendship, mutual understanding and trust between the inhabitants of both cities,',
      'wishing to give the cooperation between the cities a lasting and long-term character,',
      'have agreed as follows:',
    ),
  )),
  entry('preamble-intent', 'preamble', 'preamble', l('', '', ''), l(
    p(
      PARTIES.uk,
      'висловлюючи взаємну зацікавленість у розвитку співпраці між своїми громадами, засвідчують такі наміри:',
    ),
    p(
      PARTIES.ru,
      'выражая взаимную заинтересованность в развитии сотрудничества между своими общинами, заявляют о следующих намерениях:',
    ),
    p(
      PARTIES.en,
      'expressing their mutual interest in developing cooperation between their communities, declare the following intentions:',
    ),
  )),
];

export const PURPOSES: readonly LibraryClause[] = [
  entry('purpose-cooperation', 'purpose', 'section', l('Мета співпраці', 'Цель сотрудничества', 'Purpose of Cooperation'), l(
    'Сторони розвивають співпрацю на засадах рівноправності та взаємної вигоди з метою розроблення й реалізації спільних проєктів і програм, обміну досвідом та сприяння соціально-економічному розвитку своїх територіальних громад.',
    'Стороны развивают сотрудничество на основе равноправия и взаимной выгоды в целях разработки и реализации совместных проектов и программ, обмена опытом и содействия социально-экономическому развитию своих территориальных общин.',
    'The Parties shall develop cooperation on the basis of equality and mutual benefit in order to develop and implement joint projects and programmes, exchange experience and promote the social and economic development of their communities.',
  )),
  entry('purpose-twinning', 'purpose', 'section', l('Встановлення побратимських зв’язків', 'Установление побратимских связей', 'Establishment of Twin-City Relations'), l(
    p(
      'Сторони встановлюють побратимські зв’язки між містами {{party.A.city}} і {{party.B.city}} та визнають їх містами-побратимами.',
      'Побратимські зв’язки ґрунтуються на принципах рівноправності, взаємної поваги та дружби і мають на меті всебічний розвиток співпраці між громадами обох міст, їхніми органами місцевого самоврядування, підприємствами, установами, організаціями та мешканцями.',
    ),
    p(
      'Стороны устанавливают побратимские связи между городами {{party.A.city}} и {{party.B.city}} и признают их городами-побратимами.',
      'Побратимские связи основываются на принципах равноправия, взаимного уважения и дружбы и имеют целью всестороннее развитие сотрудничества между общинами обоих городов, их органами местного самоуправления, предприятиями, учреждениями, организациями и жителями.',
    ),
    p(
      'The Parties hereby establish twin-city relations between the cities of {{party.A.city}} and {{party.B.city}} and recognise them as twin cities.',
      'The twin-city relations are based on the principles of equality, mutual respect and friendship and aim at the comprehensive development of cooperation between the communities of both cities, their local self-government bodies, enterprises, institutions, organisations and inhabitants.',
    ),
  )),
  entry('purpose-intent', 'purpose', 'section', l('Наміри Сторін', 'Намерения Сторон', 'Intentions of the Parties'), l(
    'Сторони мають намір розвивати співпрацю за напрямами, визначеними нижче, та в разі досягнення домовленостей щодо конкретних проєктів укласти відповідну угоду про співпрацю.',
    'Стороны намерены развивать сотрудничество по направлениям, указанным ниже, и в случае достижения договорённостей по конкретным проектам заключить соответствующее соглашение о сотрудничестве.',
    'The Parties intend to develop cooperation in the areas set out below and, once agreement is reached on specific projects, to conclude a cooperation agreement to that effect.',
  )),
];

export const AREAS: readonly LibraryClause[] = [
  entry('areas-intro', 'areas', 'section', l('Напрями співпраці', 'Направления сотрудничества', 'Areas of Cooperation'), l(
    'Сторони співпрацюють, зокрема, за такими напрямами:',
    'Стороны сотрудничают, в частности, по следующим направлениям:',
    'The Parties shall cooperate, in particular, in the following areas:',
  )),
  entry('area-energy-efficiency', 'areas', 'subclause', l('Енергоефективність', 'Энергоэффективность', 'Energy Efficiency'), l(
    'Розроблення та реалізація спільних проєктів і програм з енергоефективності та енергозбереження в житловому фонді, закладах бюджетної сфери та комунальному господарстві.',
    'Разработка и реализация совместных проектов и программ в сфере энергоэффективности и энергосбережения в жилищном фонде, учреждениях бюджетной сферы и коммунальном хозяйстве.',
    'Development and implementation of joint projects and programmes on energy efficiency and energy saving in housing, public buildings and municipal utilities.',
  )),
  entry('area-sme', 'areas', 'subclause', l('Малий і середній бізнес', 'Малый и средний бизнес', 'Small and Medium-Sized Enterprises'), l(
    'Сприяння розвитку малого та середнього підприємництва, встановленню ділових контактів між суб’єктами господарювання громад Сторін, проведенню бізнес-форумів і ярмарків.',
    'Содействие развитию малого и среднего предпринимательства, установлению деловых контактов между субъектами хозяйствования общин Сторон, проведению бизнес-форумов и ярмарок.',
    'Promotion of small and medium-sized enterprises, of business contacts between companies of the Parties’ communities, and of business forums and fairs.',
  )),
  entry('area-experience-exchange', 'areas', 'subclause', l('Обмін досвідом', 'Обмен опытом', 'Exchange of Experience'), l(
    'Обмін досвідом і найкращими практиками у сфері місцевого самоврядування, надання публічних послуг, стратегічного планування та управління комунальним майном.',
    'Обмен опытом и лучшими практиками в сфере местного самоуправления, предоставления публичных услуг, стратегического планирования и управления коммунальным имуществом.',
    'Exchange of experience and best practices in local self-government, public service delivery, strategic planning and municipal property management.',
  )),
  entry('area-civil-society', 'areas', 'subclause', l('Громадянське суспільство, наука та промисловість', 'Гражданское общество, наука и промышленность', 'Civil Society, Science and Industry'), l(
    'Залучення до спільних ініціатив громадських організацій, наукових установ і закладів вищої освіти, представників промисловості, експертів і фахівців, формування соціально орієнтованих партнерств.',
    'Привлечение к совместным инициативам общественных организаций, научных учреждений и учреждений высшего образования, представителей промышленности, экспертов и специалистов, формирование социально ориентированных партнёрств.',
    'Involvement of civil society organisations, research institutions and universities, industry representatives, experts and specialists in joint initiatives, and the building of socially oriented partnerships.',
  )),
  entry('area-business-jobs', 'areas', 'subclause', l('Нові бізнес-проєкти та робочі місця', 'Новые бизнес-проекты и рабочие места', 'New Business Projects and Jobs'), l(
    'Започаткування нових бізнес-проєктів, залучення інвестицій та створення нових робочих місць, зокрема для внутрішньо переміщених осіб і ветеранів.',
    'Запуск новых бизнес-проектов, привлечение инвестиций и создание новых рабочих мест, в том числе для внутренне перемещённых лиц и ветеранов.',
    'Launch of new business projects, attraction of investment and creation of new jobs, including for internally displaced persons and veterans.',
  )),
  entry('area-cybersecurity', 'areas', 'subclause', l('Кібербезпека', 'Кибербезопасность', 'Cybersecurity'), l(
    'Обмін досвідом щодо захисту муніципальних інформаційних систем і критичної інфраструктури від кіберзагроз, навчання фахівців з кібербезпеки.',
    'Обмен опытом в сфере защиты муниципальных информационных систем и критической инфраструктуры от киберугроз, обучение специалистов по кибербезопасности.',
    'Exchange of experience in protecting municipal information systems and critical infrastructure against cyber threats, and training of cybersecurity specialists.',
  )),
  entry('area-green-energy', 'areas', 'subclause', l('Зелена енергетика', 'Зелёная энергетика', 'Green Energy'), l(
    'Розвиток відновлюваної енергетики, розподіленої генерації та систем накопичення енергії, реалізація спільних проєктів енергетичної незалежності громад.',
    'Развитие возобновляемой энергетики, распределённой генерации и систем накопления энергии, реализация совместных проектов энергетической независимости общин.',
    'Development of renewable energy, distributed generation and energy storage, and joint projects for the energy independence of communities.',
  )),
  entry('area-it', 'areas', 'subclause', l('Інформаційні технології', 'Информационные технологии', 'Information Technology'), l(
    'Співпраця у сфері цифровізації публічних послуг, електронного врядування, розвитку ІТ-освіти та підтримки ІТ-компаній.',
    'Сотрудничество в сфере цифровизации публичных услуг, электронного управления, развития ИТ-образования и поддержки ИТ-компаний.',
    'Cooperation in the digitalisation of public services, e-government, IT education and support for IT companies.',
  )),
  entry('area-culture-youth', 'areas', 'subclause', l('Культура та молодь', 'Культура и молодёжь', 'Culture and Youth'), l(
    'Проведення спільних культурних, мистецьких і спортивних заходів, розвиток молодіжних обмінів, туризму та контактів між мешканцями громад.',
    'Проведение совместных культурных, художественных и спортивных мероприятий, развитие молодёжных обменов, туризма и контактов между жителями общин.',
    'Joint cultural, artistic and sports events, youth exchanges, tourism and contacts between the inhabitants of the communities.',
  )),
  entry('area-reconstruction', 'areas', 'subclause', l('Відбудова інфраструктури', 'Восстановление инфраструктуры', 'Reconstruction of Infrastructure'), l(
    'Співпраця у відновленні та модернізації пошкодженої інфраструктури, об’єктів житлово-комунального господарства й соціальної сфери, обмін технічними рішеннями та залучення міжнародної допомоги.',
    'Сотрудничество в восстановлении и модернизации повреждённой инфраструктуры, объектов жилищно-коммунального хозяйства и социальной сферы, обмен техническими решениями и привлечение международной помощи.',
    'Cooperation in the restoration and modernisation of damaged infrastructure, housing, utility and social facilities, exchange of technical solutions and attraction of international assistance.',
  )),
];

export const FORMS: readonly LibraryClause[] = [
  entry('forms', 'forms', 'section', l('Форми співпраці', 'Формы сотрудничества', 'Forms of Cooperation'), l(
    'Сторони здійснюють співпрацю шляхом обміну інформацією та делегаціями, проведення спільних конференцій, семінарів, навчальних візитів і консультацій, підготовки та реалізації спільних проєктів, зокрема за участі міжнародних донорів і програм технічної допомоги, а також в інших формах, погоджених Сторонами.',
    'Стороны осуществляют сотрудничество путём обмена информацией и делегациями, проведения совместных конференций, семинаров, ознакомительных визитов и консультаций, подготовки и реализации совместных проектов, в том числе с участием международных доноров и программ технической помощи, а также в иных формах, согласованных Сторонами.',
    'The Parties shall cooperate through the exchange of information and delegations, joint conferences, seminars, study visits and consultations, the preparation and implementation of joint projects, including with international donors and technical assistance programmes, and in other forms agreed by the Parties.',
  )),
];
