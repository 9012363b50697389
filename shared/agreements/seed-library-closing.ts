import type { LibraryClause } from '../domain/agreement';
import { libraryEntry as entry, paragraphs as p, texts as l } from './seed-library-entry';

/**
 * Seeded library clauses for the working and final provisions: coordination, financing,
 * confidentiality, disputes, entry into force, duration, amendments, languages and signatures.
 * Where a clause names the document itself it comes in one variant per kind of document
 * (Меморандум / Угода / Лист про наміри), since the noun's gender and case change the sentence.
 */

export const COORDINATION: readonly LibraryClause[] = [
  entry('coordination-contacts', 'coordination', 'section', l('Контактні особи', 'Контактные лица', 'Contact Persons'), l(
    'Для координації співпраці кожна Сторона протягом тридцяти днів з дня підписання призначає контактну особу та письмово повідомляє іншу Сторону про її ім’я, посаду й контактні дані. Про заміну контактної особи Сторони невідкладно повідомляють одна одну.',
    'Для координации сотрудничества каждая Сторона в течение тридцати дней со дня подписания назначает контактное лицо и письменно сообщает другой Стороне его имя, должность и контактные данные. О замене контактного лица Стороны незамедлительно уведомляют друг друга.',
    'To coordinate cooperation, each Party shall, within thirty days of signature, designate a contact person and inform the other Party in writing of that person’s name, position and contact details. The Parties shall notify each other without delay of any change of contact person.',
  )),
  entry('coordination-working-group', 'coordination', 'section', l('Робоча група', 'Рабочая группа', 'Working Group'), l(
    'Для підготовки та виконання спільних заходів Сторони можуть утворити спільну робочу групу з рівною кількістю представників кожної Сторони. Робоча група збирається в міру потреби, але не рідше одного разу на рік, зокрема в режимі відеоконференції, та звітує Сторонам про хід співпраці.',
    'Для подготовки и выполнения совместных мероприятий Стороны могут образовать совместную рабочую группу с равным количеством представителей каждой Стороны. Рабочая группа собирается по мере необходимости, но не реже одного раза в год, в том числе в режиме видеоконференции, и отчитывается перед Сторонами о ходе сотрудничества.',
    'To prepare and carry out joint activities, the Parties may establish a joint working group with an equal number of representatives of each Party. The working group shall meet as necessary, and at least once a year, including by videoconference, and shall report to the Parties on the progress of cooperation.',
  )),
];

export const FINANCING: readonly LibraryClause[] = [
  entry('financing', 'financing', 'section', l('Фінансування', 'Финансирование', 'Financing'), l(
    'Кожна Сторона самостійно несе витрати, пов’язані з її участю у співпраці, в межах коштів, передбачених її бюджетом, та відповідно до законодавства своєї держави. Спільні проєкти можуть фінансуватися із залученням коштів міжнародних організацій, донорів та інших джерел, не заборонених законодавством.',
    'Каждая Сторона самостоятельно несёт расходы, связанные с её участием в сотрудничестве, в пределах средств, предусмотренных её бюджетом, и в соответствии с законодательством своего государства. Совместные проекты могут финансироваться с привлечением средств международных организаций, доноров и других источников, не запрещённых законодательством.',
    'Each Party shall bear its own costs arising from its participation in the cooperation, within the funds provided for in its budget and in accordance with the legislation of its State. Joint projects may be financed with funds from international organisations, donors and other sources not prohibited by law.',
  )),
];

export const CONFIDENTIALITY: readonly LibraryClause[] = [
  entry('confidentiality', 'confidentiality', 'section', l('Конфіденційність', 'Конфиденциальность', 'Confidentiality'), l(
    'Сторони не розголошують третім особам інформацію, отриману одна від одної під час співпраці та позначену як конфіденційна, без попередньої письмової згоди Сторони, яка її надала, крім випадків, передбачених законодавством. Персональні дані обробляються відповідно до законодавства про захист персональних даних кожної зі Сторін.',
    'Стороны не разглашают третьим лицам информацию, полученную друг от друга в ходе сотрудничества и обозначенную как конфиденциальная, без предварительного письменного согласия предоставившей её Стороны, за исключением случаев, предусмотренных законодательством. Персональные данные обрабатываются в соответствии с законодательством о защите персональных данных каждой из Сторон.',
    'Neither Party shall disclose to third parties any information received from the other Party in the course of cooperation and marked as confidential without the prior written consent of the Party that provided it, except as required by law. Personal data shall be processed in accordance with each Party’s data protection legislation.',
  )),
];

export const DISPUTES: readonly LibraryClause[] = [
  entry('disputes', 'disputes', 'section', l('Вирішення спорів', 'Разрешение споров', 'Settlement of Disputes'), l(
    'Спори та розбіжності, що можуть виникнути між Сторонами щодо тлумачення або виконання досягнутих домовленостей, вирішуються шляхом переговорів і консультацій між Сторонами.',
    'Споры и разногласия, которые могут возникнуть между Сторонами относительно толкования или выполнения достигнутых договорённостей, разрешаются путём переговоров и консультаций между Сторонами.',
    'Any dispute or disagreement between the Parties concerning the interpretation or implementation of the arrangements made shall be settled by negotiation and consultation between the Parties.',
  )),
];

const ENTRY_HEADING = l('Набрання чинності', 'Вступление в силу', 'Entry into Force');

export const ENTRY_INTO_FORCE: readonly LibraryClause[] = [
  entry('entry-into-force-memorandum', 'entryIntoForce', 'section', ENTRY_HEADING, l(
    'Цей Меморандум набирає чинності з дня його підписання Сторонами.',
    'Настоящий Меморандум вступает в силу со дня его подписания Сторонами.',
    'This Memorandum shall enter into force on the date of its signature by the Parties.',
  )),
  entry('entry-into-force-agreement', 'entryIntoForce', 'section', ENTRY_HEADING, l(
    'Ця Угода набирає чинності з дня її підписання Сторонами.',
    'Настоящее Соглашение вступает в силу со дня его подписания Сторонами.',
    'This Agreement shall enter into force on the date of its signature by the Parties.',
  )),
  entry('entry-into-force-letter', 'entryIntoForce', 'section', l('Правовий характер', 'Правовой характер', 'Legal Nature'), l(
    'Цей Лист про наміри набирає чинності з дня його підписання, засвідчує спільні наміри Сторін і не створює для них юридичних чи фінансових зобов’язань.',
    'Настоящее Письмо о намерениях вступает в силу со дня его подписания, подтверждает общие намерения Сторон и не создаёт для них юридических или финансовых обязательств.',
    'This Letter of Intent shall take effect on the date of its signature. It records the common intentions of the Parties and creates no legal or financial obligations for them.',
  )),
];

const DURATION_HEADING = l('Строк дії та припинення', 'Срок действия и прекращение', 'Duration and Termination');

export const DURATION: readonly LibraryClause[] = [
  entry('duration-memorandum', 'duration', 'section', DURATION_HEADING, l(
    p(
      'Цей Меморандум укладається строком на п’ять років. Його дія автоматично продовжується на кожні наступні п’ять років, якщо жодна зі Сторін письмово не повідомить іншу Сторону про намір припинити його дію.',
      'Кожна Сторона може припинити дію цього Меморандуму, письмово повідомивши про це іншу Сторону не пізніше ніж за три місяці до дати припинення. Припинення дії Меморандуму не впливає на виконання проєктів, розпочатих під час його дії, якщо Сторони не домовляться про інше.',
    ),
    p(
      'Настоящий Меморандум заключается сроком на пять лет. Его действие автоматически продлевается на каждые последующие пять лет, если ни одна из Сторон письменно не уведомит другую Сторону о намерении прекратить его действие.',
      'Каждая Сторона может прекратить действие настоящего Меморандума, письменно уведомив об этом другую Сторону не позднее чем за три месяца до даты прекращения. Прекращение действия Меморандума не влияет на выполнение проектов, начатых в период его действия, если Стороны не договорятся об ином.',
    ),
    p(
      'This Memorandum is concluded for a period of five years. It shall be automatically renewed for successive periods of five years unless either Party notifies the other Party in writing of its intention to terminate it.',
      'Either Party may terminate this Memorandum by written notice to the other Party given at least three months before the date of termination. Termination shall not affect projects begun while the Memorandum was in force, unless the Parties agree otherwise.',
    ),
  )),
  entry('duration-agreement', 'duration', 'section', DURATION_HEADING, l(
    p(
      'Ця Угода укладається на невизначений строк.',
      'Кожна Сторона може припинити дію цієї Угоди, письмово повідомивши про це іншу Сторону не пізніше ніж за три місяці до дати припинення. Припинення дії Угоди не впливає на виконання проєктів, розпочатих під час її дії, якщо Сторони не домовляться про інше.',
    ),
    p(
      'Настоящее Соглашение заключается на неопределённый срок.',
      'Каждая Сторона может прекратить действие настоящего Соглашения, письменно уведомив об этом другую Сторону не позднее чем за три месяца до даты прекращения. Прекращение действия Соглашения не влияет на выполнение проектов, начатых в период его действия, если Стороны не договорятся об ином.',
    ),
    p(
      'This Agreement is concluded for an indefinite period.',
      'Either Party may terminate this Agreement by written notice to the other Party given at least three months before the date of termination. Termination shall not affect projects begun while the Agreement was in force, unless the Parties agree otherwise.',
    ),
  )),
];

const AMENDMENTS_HEADING = l('Зміни та доповнення', 'Изменения и дополнения', 'Amendments');

export const AMENDMENTS: readonly LibraryClause[] = [
  entry('amendments-memorandum', 'amendments', 'section', AMENDMENTS_HEADING, l(
    'Зміни та доповнення до цього Меморандуму вносяться за взаємною згодою Сторін у письмовій формі шляхом укладення додаткових угод, які є його невід’ємною частиною.',
    'Изменения и дополнения в настоящий Меморандум вносятся по взаимному согласию Сторон в письменной форме путём заключения дополнительных соглашений, являющихся его неотъемлемой частью.',
    'This Memorandum may be amended or supplemented in writing by mutual consent of the Parties by means of additional agreements, which shall form an integral part of it.',
  )),
  entry('amendments-agreement', 'amendments', 'section', AMENDMENTS_HEADING, l(
    'Зміни та доповнення до цієї Угоди вносяться за взаємною згодою Сторін у письмовій формі шляхом укладення додаткових угод, які є її невід’ємною частиною.',
    'Изменения и дополнения в настоящее Соглашение вносятся по взаимному согласию Сторон в письменной форме путём заключения дополнительных соглашений, являющихся его неотъемлемой частью.',
    'This Agreement may be amended or supplemented in writing by mutual consent of the Parties by means of additional agreements, which shall form an integral part of it.',
  )),
];

const LANGUAGES_HEADING = l('Мови та автентичність текстів', 'Языки и аутентичность текстов', 'Languages and Authentic Texts');

export const LANGUAGES: readonly LibraryClause[] = [
  entry('languages-memorandum', 'languages', 'section', LANGUAGES_HEADING, l(
    'Цей Меморандум укладено в м. {{signing.place}} {{signing.date}} у примірниках за кількістю Сторін, кожен {{agreement.languages}} мовами, при цьому всі тексти є автентичними й мають однакову юридичну силу.',
    'Настоящий Меморандум составлен в г. {{signing.place}} {{signing.date}} в экземплярах по числу Сторон, каждый на {{agreement.languages}} языках, причём все тексты являются аутентичными и имеют одинаковую юридическую силу.',
    'This Memorandum is done at {{signing.place}} on {{signing.date}} in as many originals as there are Parties, each in the {{agreement.languages}} languages, all texts being equally authentic.',
  )),
  entry('languages-agreement', 'languages', 'section', LANGUAGES_HEADING, l(
    'Цю Угоду укладено в м. {{signing.place}} {{signing.date}} у примірниках за кількістю Сторін, кожен {{agreement.languages}} мовами, при цьому всі тексти є автентичними й мають однакову юридичну силу.',
    'Настоящее Соглашение составлено в г. {{signing.place}} {{signing.date}} в экземплярах по числу Сторон, каждый на {{agreement.languages}} языках, причём все тексты являются аутентичными и имеют одинаковую юридическую силу.',
    'This Agreement is done at {{signing.place}} on {{signing.date}} in as many originals as there are Parties, each in the {{agreement.languages}} languages, all texts being equally authentic.',
  )),
  entry('languages-letter', 'languages', 'section', LANGUAGES_HEADING, l(
    'Цей Лист про наміри складено в м. {{signing.place}} {{signing.date}} у примірниках за кількістю Сторін, кожен {{agreement.languages}} мовами, при цьому всі тексти є автентичними.',
    'Настоящее Письмо о намерениях составлено в г. {{signing.place}} {{signing.date}} в экземплярах по числу Сторон, каждый на {{agreement.languages}} языках, причём все тексты являются аутентичными.',
    'This Letter of Intent is done at {{signing.place}} on {{signing.date}} in as many originals as there are Parties, each in the {{agreement.languages}} languages, all texts being equally authentic.',
  )),
];

export const SIGNATURES: readonly LibraryClause[] = [
  entry('signatures', 'signatures', 'preamble', l('', '', ''), l(
    'На посвідчення чого нижчепідписані, належним чином на це уповноважені, поставили свої підписи.',
    'В удостоверение чего нижеподписавшиеся, должным образом на то уполномоченные, поставили свои подписи.',
    'In witness whereof, the undersigned, being duly authorised thereto, have affixed their signatures.',
  )),
];
