/** The command line in Russian. */
import type {CliWords, CollectionWord, OembedWords, RenderWords} from './types.js';

const USAGE = `Использование: twinning-kit validate FILE|URL [FILE|URL...] [--lang L] [--rich]
               twinning-kit ics FILE|URL [FILE|URL...] [--lang L] [--partner ID] [--year YYYY] [--precise-only] > events.ics
               twinning-kit import EVENTS.csv --into FEED.json [--lang L] > new-feed.json

validate  Проверяет ленты Twinning Kit по схеме ленты (версия 1) и ищет то,
          что не имеет смысла (окончание раньше начала, партнёрство города
          с самим собой, несуществующий код страны...). Выводит каждое
          замечание с путём JSON, значением и причиной.
          Код завершения: 0 — все ленты в порядке, 1 — есть замечания,
          2 — ленту не удалось прочитать.
          После каждой ленты — сколько её мероприятий попадёт в результаты
          поиска как мероприятия (известен день, указано место или формат
          онлайн); --rich перечисляет остальные с причиной. Это не ошибка
          ленты.
ics       Записывает мероприятия лент (объединённых по порядку) в один файл
          iCalendar (RFC 5545) в стандартный вывод: тексты на языке --lang
          (по умолчанию — на языке первой ленты); с --partner или --year —
          только мероприятия с этим партнёром или за этот год.
          Мероприятия, у которых известен только месяц или год, становятся
          событиями на весь день длиной в этот месяц или год; --precise-only
          их пропускает (для Google или Outlook, где полоса на целый месяц
          только мешает).
          Замечания выводятся в стандартный поток ошибок; некорректные
          мероприятия пропускаются.
          Код завершения: 0 — файл записан, 1 — записан, но есть замечания,
          2 — ленту не удалось прочитать или параметр указан неверно.
import    Добавляет в ленту мероприятия из выгрузки таблицы (CSV, через
          запятую или точку с запятой) и выводит результат в стандартный
          вывод. Запускайте снова на обновлённой таблице: строки, которые уже
          есть в ленте, распознаются и не добавляются второй раз (id
          получается из даты начала и названия мероприятия).
          Строка заголовков (на английском или русском, в любом порядке):
          title/Название, start/Начало, end/Окончание, format/Формат,
          categories/Категории, cities/Города, place/Место,
          description/Описание, url/Ссылка, id; title_en или
          "Название (ja)" — для текста на другом языке. Даты: 2021, 07.2021,
          15.07.2021 или 2021-07-15. Города и категории — по id или по
          названию.
          Строки, которые не удалось прочитать, перечисляются с номерами
          в стандартном потоке ошибок и не добавляются.
          Код завершения: 0 — все строки добавлены или уже были в ленте,
          1 — часть строк не добавлена, 2 — файл не удалось прочитать или
          параметр указан неверно.

--lang    Язык этих сообщений (а для ics — и текстов календаря): en, ru,
          zh-Hans, ja или ko. По умолчанию — из LC_ALL, LC_MESSAGES или
          LANG.`;

type Forms = {one: string; few: string; many: string; other: string};

/** «19 городов», «1 город», «2 города». */
const COUNT: Record<CollectionWord, Forms> = {
  cities: {one: '{n} город', few: '{n} города', many: '{n} городов', other: '{n} города'},
  partnerships: {one: '{n} партнёрство', few: '{n} партнёрства', many: '{n} партнёрств', other: '{n} партнёрства'},
  categories: {one: '{n} категория', few: '{n} категории', many: '{n} категорий', other: '{n} категории'},
  events: {one: '{n} мероприятие', few: '{n} мероприятия', many: '{n} мероприятий', other: '{n} мероприятия'},
  delegations: {one: '{n} делегация', few: '{n} делегации', many: '{n} делегаций', other: '{n} делегации'},
  reports: {one: '{n} отчёт', few: '{n} отчёта', many: '{n} отчётов', other: '{n} отчёта'},
};

/** The CSV columns an import needs, as either header names them. */
const COLUMN = {title: '"title" (или "Название")', start: '"start" (или "Начало")'};

const OEMBED_USAGE = `Использование: twinning-kit oembed --base URL --element E --src FEED --out DIR
         [--lang L] [--partner ID] [--view V] [--theme T] [--heading-level N]
         [--title TEXT] [--name NAME] [--kit URL]

oembed    Делает ваш сайт поставщиком oEmbed для одного виджета без
          серверного кода: записывает DIR/NAME.html (страницу с виджетом,
          которая указывает своё описание oEmbed), DIR/NAME.oembed.json
          (oEmbed 1.0, «rich»: iframe со страницей embed.html набора)
          и .htaccess / _headers (заголовок Access-Control-Allow-Origin: *,
          нужный изолированному iframe WordPress). Загрузите DIR по адресу
          --base, затем вставьте BASE/NAME.html в WordPress отдельной строкой.
          --base     адрес http(s), по которому будет опубликована DIR
          --kit      где лежат twinning-kit.js, embed.html и embed.js
                     (по умолчанию — --base)
          --element  event-calendar, partner-map, delegation-list или
                     report-summary
          --src      лента: адрес http(s) или путь на вашем сайте
          --name     имя файлов (по умолчанию — element-partner-lang)
          Код завершения: 0 — файлы записаны, 2 — параметр указан неверно
          или файл не удалось записать.`;

const OEMBED: OembedWords = {
  usage: OEMBED_USAGE,
  missing: (option) => `не указан обязательный параметр ${option} (twinning-kit oembed --help)`,
  notHttp: (option, value) => `${option} «${value}»: это не адрес http(s)`,
  badSrc: (value) => `--src «${value}»: это не адрес http(s) и не путь на сайте`,
  badElement: (value) =>
    `--element «${value}»: такого виджета в наборе нет (event-calendar, partner-map, delegation-list, report-summary)`,
  badValue: (option, value, allowed) => `${option} «${value}»: недопустимое значение (${allowed})`,
  cannotWrite: (path, why) => `${path}: не удалось записать: ${why}`,
  written: ({files, paste, kit}) =>
    `Записано:\n${files.map((f) => `  ${f}`).join('\n')}\nФайлы набора (twinning-kit.js, embed.html, embed.js) должны лежать по адресу ${kit}, а они и лента — отдаваться с заголовком Access-Control-Allow-Origin: *.\nВставьте этот адрес в WordPress отдельной строкой:\n  ${paste}`,
};

const RENDER_USAGE = `Использование: twinning-kit render FILE|URL [FILE|URL...] --element E [--lang L]
                 [--partner ID] [--view V] [--year YYYY] [--heading-level N] > content.html
               twinning-kit render FILE|URL [FILE|URL...] --all --out DIR [--base URL]
                 [--lang L,L...]

render    Записывает содержимое одного виджета в виде обычного HTML, чтобы
          поместить его внутрь элемента на странице: его видно без JavaScript
          и поисковым системам, а загрузившийся виджет занимает его место;
          мероприятия с известным днём — ещё и в виде JSON-LD schema.org.
          --element  event-calendar, partner-map, delegation-list или
                     report-summary
          --lang     язык читателей (по умолчанию — язык первой ленты)
          --partner  только то, что касается этого города-партнёра (id города)
          --view     календарь: list (все мероприятия), month или year (те,
                     что в месяце или году, с которого открывается календарь)
          --year     год календаря и отчёта
          --heading-level  уровень первого заголовка виджета (1–6)
          --all      вместо этого записывает папку: DIR/LANG/ELEMENT.html
                     (содержимое четырёх виджетов), страницу на каждое
                     мероприятие (DIR/LANG/events/) и на каждый город-партнёр
                     (DIR/LANG/partners/), DIR/index.html и
                     DIR/twinning-kit-static.css; --lang — список языков (по
                     умолчанию en,ru,zh-Hans,ja,ko), --base — адрес, по
                     которому будет опубликована DIR (для канонических ссылок)
          Код завершения: 0 — записано, 1 — записано, но в ленте есть
          замечания, 2 — ленту не удалось прочитать или параметр указан
          неверно.`;

const RENDER: RenderWords = {
  usage: RENDER_USAGE,
  missing: (option) => `не указан обязательный параметр ${option} (twinning-kit render --help)`,
  notWith: (option, other) => `параметр ${option} нельзя сочетать с ${other} (twinning-kit render --help)`,
  written: (files, dir, say) =>
    `${say.plural(files, {one: 'Записан {n} файл', few: 'Записано {n} файла', many: 'Записано {n} файлов', other: 'Записано {n} файла'})} в ${dir}`,
  index: 'Содержимое без JavaScript',
  elements: {
    'event-calendar': 'Календарь мероприятий',
    'partner-map': 'Города-партнёры',
    'delegation-list': 'Делегации',
    'report-summary': 'Годовой отчёт',
  },
  events: 'Мероприятия',
  partners: 'Города-партнёры',
  allPages: 'Все страницы',
};

const RU_CLI: CliWords = {
  lang: 'ru',
  usage: `${USAGE}\n\n${OEMBED_USAGE}`,
  rich: (file, p, say) =>
    `${file}: ${say.n(p.rich)} из ${say.plural(p.events, {one: '{n} мероприятия', few: '{n} мероприятий', many: '{n} мероприятий', other: '{n} мероприятия'})} ${say.plural(p.rich, {one: 'попадёт', other: 'попадут'})} в результаты поиска как мероприятия`,
  noRich: (reason) =>
    reason === 'month'
      ? 'известен только месяц: укажите день, чтобы мероприятие попало в результаты поиска как мероприятие'
      : reason === 'year'
        ? 'известен только год: укажите месяц и день, чтобы мероприятие попало в результаты поиска как мероприятие'
        : 'не указано место: укажите «place» или «placeCity» либо формат «online», чтобы мероприятие попало в результаты поиска как мероприятие',
  separator: ', ',
  count: (what, n, say) => say.plural(n, COUNT[what]),
  valid: (file, counts) => `${file}: лента в порядке: ${counts}`,
  notUsable: 'ленту нельзя использовать',
  cannotRead: (file, why) => `${file}: не удалось прочитать: ${why}`,
  readFailure: (r, say) => {
    switch (r.id) {
      case 'notFound':
        return 'такого файла нет';
      case 'denied':
        return 'нет прав доступа';
      case 'folder':
        return 'это папка, а не файл';
      case 'http':
        return `сервер ответил кодом ${r.status}`;
      case 'tooLarge':
        return `лента больше ${say.n(r.mb)} МБ`;
      case 'timeout':
        return `нет ответа за ${say.n(r.seconds)} с`;
      case 'network':
        return 'адрес недоступен';
      case 'other':
        return r.detail;
    }
  },
  error: 'ошибка',
  warning: 'предупреждение',
  found: (file, p, say) =>
    `${file}: ${say.plural(p.problems, {one: '{n} замечание', few: '{n} замечания', many: '{n} замечаний', other: '{n} замечания'})} (${say.plural(p.errors, {one: '{n} ошибка', few: '{n} ошибки', many: '{n} ошибок', other: '{n} ошибки'})}, ${say.plural(p.warnings, {one: '{n} предупреждение', few: '{n} предупреждения', many: '{n} предупреждений', other: '{n} предупреждения'})}); ${say.plural(p.skipped, {one: 'пропущен {n} элемент', few: 'пропущены {n} элемента', many: 'пропущено {n} элементов', other: 'пропущено {n} элемента'})}; в итоге: ${p.usable}`,
  wrongOption: (option) => `неизвестный или пустой параметр ${option}`,
  noSuchPartner: (id) => `--partner ${id}: такого города нет в лентах`,
  written: (events, left, imprecise, say) =>
    [
      say.plural(events, {
        one: 'записано {n} мероприятие',
        few: 'записано {n} мероприятия',
        many: 'записано {n} мероприятий',
        other: 'записано {n} мероприятия',
      }),
      left
        ? say.plural(left, {
            one: 'пропущен {n} некорректный элемент',
            few: 'пропущены {n} некорректных элемента',
            many: 'пропущено {n} некорректных элементов',
            other: 'пропущено {n} некорректного элемента',
          })
        : '',
      imprecise
        ? say.plural(imprecise, {
            one: 'пропущено {n} мероприятие, у которого известен только месяц или год',
            few: 'пропущено {n} мероприятия, у которых известен только месяц или год',
            many: 'пропущено {n} мероприятий, у которых известен только месяц или год',
            other: 'пропущено {n} мероприятия, у которых известен только месяц или год',
          })
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  notUsableToImportInto: (file) => `${file}: лента непригодна, импорт в неё невозможен`,
  rowNotImported: (reasons) => `не добавлено: ${reasons.join('; ')}`,
  rowReason: (r) => {
    switch (r.id) {
      case 'emptyFile':
        return 'файл пуст';
      case 'unknownColumn':
        return `столбец "${r.name}" не распознан и не прочитан`;
      case 'missingColumn':
        return `в строке заголовков нет столбца ${COLUMN[r.name]}`;
      case 'badDate':
        return `${r.field === 'start' ? 'дата начала' : 'дата окончания'} "${r.value}" не похожа на дату вида 2021, 07.2021 или 15.07.2021`;
      case 'badFormat':
        return `формат "${r.value}" не распознан: нужен online, offline (очно) или hybrid (очно-заочно)`;
      case 'unknownCity':
        return `города "${r.value}" нет в ленте`;
      case 'unknownCategory':
        return `категории "${r.value}" нет в ленте`;
      case 'noTitle':
        return 'нет названия';
      case 'noStart':
        return 'нет даты начала';
      case 'idTaken':
        return `ID "${r.value}" уже занят в ленте другим мероприятием`;
      case 'repeatedRow':
        return `повторяет строку ${r.line}`;
    }
  },
  rowKnown: (id) => `уже есть в ленте как "${id}"; оставлено без изменений`,
  imported: (p, say) =>
    [
      say.plural(p.added, {
        one: 'добавлено {n} мероприятие',
        few: 'добавлено {n} мероприятия',
        many: 'добавлено {n} мероприятий',
        other: 'добавлено {n} мероприятия',
      }),
      p.known
        ? say.plural(p.known, {
            one: '{n} мероприятие уже было в ленте',
            few: '{n} мероприятия уже были в ленте',
            many: '{n} мероприятий уже было в ленте',
            other: '{n} мероприятия уже было в ленте',
          })
        : '',
      say.plural(p.refused, {
        one: 'не добавлена {n} строка',
        few: 'не добавлены {n} строки',
        many: 'не добавлено {n} строк',
        other: 'не добавлено {n} строки',
      }),
    ]
      .filter(Boolean)
      .join('; '),
  oembed: OEMBED,
  render: RENDER,
};

export default RU_CLI;
