// Strings for the goals screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
