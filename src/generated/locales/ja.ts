
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `再読み込み`,
'error.empty': `データが空です。`,
'error.http': str`サーバーからエラーが返されました（${0}）。`,
'error.http404': `指定された URL にデータが見つかりません（404）。`,
'error.invalid': `データが Twinning Kit の形式に準拠していません。`,
'error.network': `データにアクセスできませんでした。URL とネットワーク接続をご確認ください。`,
'error.notJson': `指定された URL から、データではなくウェブページが返されました。`,
'error.parse': `データが破損しています（正しい JSON 形式ではありません）。`,
'error.timeout': `データの読み込みがタイムアウトしました。`,
'error.title': `データを読み込めませんでした。`,
'error.tooLarge': `データが大きすぎるため、表示できません。`,
'notice.forEditors': `データ編集担当者向けの情報：`,
'notice.problems': str`データに${0}件の問題が見つかりました。それ以外の内容は表示しています。`,
'notice.skipped.few': str`無効な項目${0}件は表示していません。`,
'notice.skipped.many': str`無効な項目${0}件は表示していません。`,
'notice.skipped.one': str`無効な項目${0}件は表示していません。`,
'notice.skipped.other': str`無効な項目${0}件は表示していません。`,
'notice.stale': `データを更新できませんでした。表示中の情報は最新でない可能性があります。`,
'state.loading': `読み込み中…`,
'state.unconfigured.hint': `要素の src 属性にデータの URL を指定するか、data プロパティを設定してください。`,
'state.unconfigured.title': `データの読み込み先が設定されていません。`,
    };
  