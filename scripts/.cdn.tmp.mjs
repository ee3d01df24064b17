import {buildCdnFile} from './cdn-file.mjs';
const {bytes, info} = await buildCdnFile(process.cwd());
console.log(bytes.length, info.gzipBytes);
