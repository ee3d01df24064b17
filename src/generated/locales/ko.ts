
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `다시 시도`,
'error.empty': `데이터가 비어 있습니다.`,
'error.http': str`서버가 오류를 반환했습니다(${0}).`,
'error.http404': `이 주소에서 데이터를 찾을 수 없습니다(404).`,
'error.invalid': `데이터가 Twinning Kit 형식에 맞지 않습니다.`,
'error.network': `데이터에 접근할 수 없습니다. 주소와 네트워크 연결을 확인해 주십시오.`,
'error.notJson': `이 주소에서 데이터 대신 웹페이지가 반환되었습니다.`,
'error.parse': `데이터가 손상되었습니다. 올바른 JSON 형식이 아닙니다.`,
'error.timeout': `데이터 응답 시간이 초과되었습니다.`,
'error.title': `데이터를 불러오지 못했습니다.`,
'error.tooLarge': `데이터가 너무 커서 표시할 수 없습니다.`,
'notice.forEditors': `데이터 편집 담당자 참고 사항:`,
'notice.problems': str`데이터에서 문제 ${0}건이 발견되었습니다. 나머지 내용은 정상적으로 표시됩니다.`,
'notice.skipped.few': str`유효하지 않은 항목 ${0}개는 표시하지 않았습니다.`,
'notice.skipped.many': str`유효하지 않은 항목 ${0}개는 표시하지 않았습니다.`,
'notice.skipped.one': str`유효하지 않은 항목 ${0}개는 표시하지 않았습니다.`,
'notice.skipped.other': str`유효하지 않은 항목 ${0}개는 표시하지 않았습니다.`,
'notice.stale': `데이터를 새로 고치지 못했습니다. 표시된 정보가 최신이 아닐 수 있습니다.`,
'state.loading': `불러오는 중…`,
'state.unconfigured.hint': `요소에 데이터 주소를 담은 src 속성을 지정하거나 data 프로퍼티를 설정해 주십시오.`,
'state.unconfigured.title': `데이터 주소가 설정되지 않았습니다.`,
    };
  