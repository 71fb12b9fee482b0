// Strings for the editor screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
