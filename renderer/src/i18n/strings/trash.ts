// Strings for the trash screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
