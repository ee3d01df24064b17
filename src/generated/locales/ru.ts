
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Повторить попытку`,
'error.empty': `Файл данных пуст.`,
'error.http': str`Сервер вернул ошибку (${0}).`,
'error.http404': `Файл данных по этому адресу не найден (404).`,
'error.invalid': `Файл данных не соответствует формату Twinning Kit.`,
'error.network': `Не удалось получить доступ к файлу данных. Проверьте адрес и подключение к сети.`,
'error.notJson': `Вместо файла данных по этому адресу открывается веб-страница.`,
'error.parse': `Файл данных поврежден: он не является корректным JSON.`,
'error.timeout': `Истекло время ожидания данных.`,
'error.title': `Не удалось загрузить данные.`,
'error.tooLarge': `Файл данных слишком велик для отображения.`,
'notice.forEditors': `Для редакторов файла данных:`,
'notice.problems': str`Обнаружено проблем в файле данных: ${0}. Остальные данные отображаются.`,
'notice.skipped.few': str`Пропущены ${0} некорректных элемента.`,
'notice.skipped.many': str`Пропущено ${0} некорректных элементов.`,
'notice.skipped.one': str`Пропущен ${0} некорректный элемент.`,
'notice.skipped.other': str`Пропущено ${0} некорректного элемента.`,
'notice.stale': `Не удалось обновить данные; показанная информация может быть неактуальной.`,
'state.loading': `Загрузка…`,
'state.unconfigured.hint': `Укажите для элемента атрибут src с адресом файла данных или задайте свойство data.`,
'state.unconfigured.title': `Источник данных не указан.`,
    };
  