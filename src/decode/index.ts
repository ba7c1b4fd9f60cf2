/** The decode stage: bytes → text, with an encoding report and mojibake repair. */
export { decode, type Decoded } from './decode.js';
