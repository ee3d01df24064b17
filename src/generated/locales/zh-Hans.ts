
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `重试`,
'error.empty': `数据为空。`,
'error.http': str`服务器返回错误（${0}）。`,
'error.http404': `在此地址未找到数据（404）。`,
'error.invalid': `数据不符合 Twinning Kit 格式。`,
'error.network': `无法访问数据。请检查地址和网络连接。`,
'error.notJson': `该地址返回的是网页，而不是数据。`,
'error.parse': `数据已损坏：不是有效的 JSON。`,
'error.timeout': `数据加载超时。`,
'error.title': `数据加载失败。`,
'error.tooLarge': `数据过大，无法显示。`,
'notice.forEditors': `供数据编辑人员参考：`,
'notice.problems': str`数据中发现${0}个问题，其余内容已正常显示。`,
'notice.skipped.few': str`有${0}个项目因数据无效而未显示。`,
'notice.skipped.many': str`有${0}个项目因数据无效而未显示。`,
'notice.skipped.one': str`有${0}个项目因数据无效而未显示。`,
'notice.skipped.other': str`有${0}个项目因数据无效而未显示。`,
'notice.stale': `数据未能更新，当前显示的内容可能不是最新的。`,
'state.loading': `正在加载…`,
'state.unconfigured.hint': `请在元素的 src 属性中填写数据地址，或为其设置 data 属性。`,
'state.unconfigured.title': `未设置数据源。`,
    };
  