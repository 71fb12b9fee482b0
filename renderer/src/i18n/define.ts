// The catalogues' shape lives in shared/i18n so main's strings use the same one.
export * from '@shared/i18n/define';
