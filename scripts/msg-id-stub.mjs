// See msg-ids.mjs: no message of the kit needs an id derived from its text.
export const generateMsgId = () => '';
