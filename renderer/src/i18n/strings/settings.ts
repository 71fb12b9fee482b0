// Strings for Settings and the weekly challenge in the sidebar (English and Swedish). Kind, never pushy.
import { defineStrings } from '../define';
import { relayStrings } from './relay';

export const strings = defineStrings(
  {
    title: 'Settings',
    lead: 'These settings are kept in your journal, together with everything else.',
    weekly: {
      heading: 'Weekly outreach',
      intro:
        'Reaching out is easier in small, regular steps: one person at a time, in writing, when you have the energy. Choose how many new people you would like to contact in a week. The sidebar shows how the week is going.',
      label: 'New people a week',
      hint: 'From 0 to {{max}}. 0 turns the weekly challenge off — a quiet week is a choice, not a failure.',
      invalid: 'Choose a whole number from 0 to {{max}}.',
      soFar_one: 'This week so far ({{start}} – {{end}}): {{count}} new person reached out.',
      soFar_other: 'This week so far ({{start}} – {{end}}): {{count}} new people reached out.',
      counts:
        'Someone counts when you first write to them (a message you log or mark as sent) or move them on from “identified”.',
    },
    energy: {
      heading: 'Social energy',
      intro:
        'Meeting people takes energy, and that is fine. Give the week a budget in points: a message usually takes 0, a call 1, a coffee or a meeting 2, an event 3 — and you can say what each one really took. Today shows how the week is going, and says so when it is full.',
      label: 'Weekly energy budget',
      hint: 'Points per week, from 0 to {{max}}. 0 turns the budget off.',
      invalid: 'Choose a whole number from 0 to {{max}}.',
    },
    review: {
      heading: 'Weekly review',
      intro:
        'A short look back at the week: who you met, who went quiet, how your goals are doing. Today suggests it on the day you choose; it is there on every other day too.',
      label: 'Review day',
      firstSteps: 'Show the first steps on Today',
    },
    device: {
      heading: 'On this computer',
      intro: 'This setting stays on this computer. It is not part of your journal and does not follow it elsewhere.',
      closeToTray: 'Keep Rapport in the tray when the window closes',
      closeToTrayHint:
        'Quick notes and the shortcut keep working while the window is closed. Choose Quit in the tray or the File menu to close Rapport completely.',
      failed: 'This setting could not be saved. Please try again.',
      fellBack: {
        damaged:
          'The settings file of this computer was damaged when Rapport started, so the usual settings apply. The old file was kept beside it.',
        unreadable:
          'The settings file of this computer could not be read when Rapport started, so the usual settings apply.',
      },
    },
    devices: {
      heading: 'Devices',
      intro:
        'Keep your journal the same on your own computers, directly over your local network. Nothing goes through a cloud: only devices you pair can connect, and everything they send each other is encrypted.',
      enabled: 'Sync with my paired devices',
      listening: 'On. Other devices reach {{name}} at {{address}}.',
      off: 'Off. Nothing listens on the network while sync is off.',
      add: 'Add device',
      join: 'Join with a code',
      offerLabel: 'Pairing code for another device',
      offerIntro: 'On the other device, choose Join with a code and type this code and address, or scan the QR code.',
      code: 'Pairing code',
      address: 'Address (host:port)',
      qrAlt: 'QR code with the pairing code and the address',
      offerValid: 'The code works once, until {{time}}.',
      pair: 'Pair',
      cancel: 'Cancel',
      joinFailed: 'Pairing did not work: {{reason}}',
      failed: 'That did not work: {{reason}}',
      none: 'No devices paired yet.',
      listLabel: 'Paired devices',
      state: {
        offline: 'Not connected',
        syncing: 'Syncing',
        'up-to-date': 'Up to date',
        refused: 'Not syncing',
      },
      lastSynced: 'last synced {{when}}',
      neverSynced: 'not synced yet',
      unpair: 'Unpair',
      unpairNamed: 'Unpair {{name}}',
      unpairConfirm: {
        title: 'Unpair {{name}}?',
        body: 'It will no longer sync with this computer. Its journal stays as it is.',
        confirm: 'Unpair',
        cancel: 'Cancel',
      },
      relay: relayStrings.en,
      adopt: {
        title: '{{name}} keeps another journal',
        take: 'This computer’s journal is empty; it will take the journal from {{name}}.',
        merge:
          '{{people}} and {{others}} on this computer will be merged into {{name}}’s journal, and this computer then keeps that journal. A backup is taken first.',
        people_one: '1 person',
        people_other: '{{count}} people',
        others_one: '1 other entry',
        others_other: '{{count}} other entries',
        cancelHint: 'Cancel leaves this computer’s journal as it is and forgets the pairing.',
        confirm: 'Confirm',
        failed: 'The journal was not taken over: {{reason}}',
      },
    },
    appearance: {
      heading: 'Language and appearance',
      intro:
        'Chosen for this computer and every Rapport window on it at once. “Same as the system” follows your system language and its light or dark theme.',
      language: 'Language',
      languages: { system: 'Same as the system', sv: 'svenska', en: 'English' },
      theme: 'Theme',
      themes: { system: 'Same as the system', light: 'Light', dark: 'Dark' },
      failed: 'This choice could not be saved, so the one before it is back. Please try again.',
    },
    challenge: {
      label: 'Weekly challenge',
      progress: 'This week: {{done}} of {{target}} new people reached out',
      beyond: 'This week: {{done}} new people reached out — more than you planned',
      bar: 'New people reached out this week',
      valueText: '{{done}} of {{target}}',
      change: 'Change weekly aim',
      off: 'Weekly outreach aim: off',
    },
    reminders: {
      heading: 'Reminders',
      intro:
        'Once a day Rapport can let you know, quietly, what is worth a moment: next steps that are due, people it has been a while since you were in touch with, and tomorrow’s events you have not prepared yet. Only when there is something, and never twice for the same things.',
      enabled: 'Remind me once a day',
      hint: 'A notification from this computer. Clicking it opens Today.',
      time: 'Time of day',
      invalid: 'Choose a time, such as 09:00.',
    },
    login: {
      heading: 'Starting Rapport',
      openAtLogin: 'Start Rapport when I log in',
      hint: 'Rapport starts quietly in the tray, without opening a window, so quick notes and reminders are there from the start.',
    },
    shortcut: {
      heading: 'Quick note shortcut',
      intro:
        'Opens the quick note from anywhere, even while Rapport is in the background. It belongs to this computer.',
      field: 'Shortcut',
      fieldHint:
        'Click the field and press the new combination: Ctrl, Alt or ⌘ together with a letter, digit or function key.',
      registered: 'Works now:',
      none: 'No shortcut opens the quick note right now; the tray still does.',
      noneShort: 'none right now',
      refused: 'The system did not accept {{keys}} — another app probably uses it.',
      suggest: 'Free to use instead:',
      use: 'Use {{keys}}',
      invalid: 'A shortcut needs Ctrl, Alt or ⌘ together with a letter, digit or function key.',
      failed: 'The shortcut could not be changed. Please try again.',
      keyWords: { shift: 'Shift', space: 'Space' },
    },
  },
  {
    title: 'Inställningar',
    lead: 'Inställningarna sparas i din journal, tillsammans med allt annat.',
    weekly: {
      heading: 'Kontakter varje vecka',
      intro:
        'Det är lättare att höra av sig i små, regelbundna steg: en person i taget, i skrift, när du har energi. Välj hur många nya personer du vill kontakta per vecka. Sidofältet visar hur veckan går.',
      label: 'Nya personer per vecka',
      hint: 'Från 0 till {{max}}. 0 stänger av veckoutmaningen — en lugn vecka är ett val, inte ett misslyckande.',
      invalid: 'Välj ett heltal från 0 till {{max}}.',
      soFar_one: 'Hittills i veckan ({{start}} – {{end}}): {{count}} ny person kontaktad.',
      soFar_other: 'Hittills i veckan ({{start}} – {{end}}): {{count}} nya personer kontaktade.',
      counts:
        'En person räknas när du skriver till hen första gången (ett meddelande du loggar eller markerar som skickat) eller flyttar hen vidare från ”identifierad”.',
    },
    energy: {
      heading: 'Social energi',
      intro:
        'Att träffa människor tar energi, och det är helt i sin ordning. Ge veckan en budget i poäng: ett meddelande tar oftast 0, ett samtal 1, en fika eller ett möte 2, ett evenemang 3 — och du kan själv ange vad varje tillfälle faktiskt tog. Sidan Idag visar hur veckan går och säger till när den är full.',
      label: 'Veckans energibudget',
      hint: 'Poäng per vecka, från 0 till {{max}}. 0 stänger av budgeten.',
      invalid: 'Välj ett heltal från 0 till {{max}}.',
    },
    review: {
      heading: 'Veckogenomgång',
      intro:
        'En kort tillbakablick på veckan: vilka du träffat, vilka som hörts av mindre, hur det går med dina mål. Sidan Idag föreslår den på dagen du väljer, men du kan göra den vilken dag som helst.',
      label: 'Dag för veckogenomgång',
      firstSteps: 'Visa de första stegen på Idag',
    },
    device: {
      heading: 'På den här datorn',
      intro:
        'Den här inställningen gäller bara den här datorn. Den är inte en del av din journal och följer inte med den någon annanstans.',
      closeToTray: 'Låt Rapport ligga kvar i systemfältet när fönstret stängs',
      closeToTrayHint:
        'Snabbanteckningar och kortkommandot fungerar även när fönstret är stängt. Välj Avsluta i systemfältet eller i Arkiv-menyn för att stänga Rapport helt.',
      failed: 'Inställningen kunde inte sparas. Försök gärna igen.',
      fellBack: {
        damaged:
          'Inställningsfilen på den här datorn var skadad när Rapport startade, så standardinställningarna gäller. Den gamla filen finns kvar bredvid.',
        unreadable:
          'Inställningsfilen på den här datorn gick inte att läsa när Rapport startade, så standardinställningarna gäller.',
      },
    },
    devices: {
      heading: 'Enheter',
      intro:
        'Håll journalen likadan på dina egna datorer, direkt över ditt lokala nätverk. Inget går via något moln: bara enheter du parkopplar kan ansluta, och allt de skickar till varandra är krypterat.',
      enabled: 'Synka med mina parkopplade enheter',
      listening: 'På. Andra enheter når {{name}} på {{address}}.',
      off: 'Av. Inget lyssnar på nätverket när synkningen är avstängd.',
      add: 'Lägg till enhet',
      join: 'Anslut med en kod',
      offerLabel: 'Parkopplingskod för en annan enhet',
      offerIntro: 'Välj Anslut med en kod på den andra enheten och skriv in koden och adressen, eller skanna QR-koden.',
      code: 'Parkopplingskod',
      address: 'Adress (värd:port)',
      qrAlt: 'QR-kod med parkopplingskoden och adressen',
      offerValid: 'Koden fungerar en gång, fram till {{time}}.',
      pair: 'Parkoppla',
      cancel: 'Avbryt',
      joinFailed: 'Parkopplingen gick inte: {{reason}}',
      failed: 'Det gick inte: {{reason}}',
      none: 'Inga enheter är parkopplade än.',
      listLabel: 'Parkopplade enheter',
      state: {
        offline: 'Inte ansluten',
        syncing: 'Synkar',
        'up-to-date': 'Synkad',
        refused: 'Synkar inte',
      },
      lastSynced: 'senast synkad {{when}}',
      neverSynced: 'inte synkad än',
      unpair: 'Ta bort parkoppling',
      unpairNamed: 'Ta bort parkopplingen med {{name}}',
      unpairConfirm: {
        title: 'Ta bort parkopplingen med {{name}}?',
        body: 'Den slutar synka med den här datorn. Journalen där lämnas som den är.',
        confirm: 'Ta bort parkoppling',
        cancel: 'Avbryt',
      },
      relay: relayStrings.sv,
      adopt: {
        title: '{{name}} har en annan journal',
        take: 'Journalen på den här datorn är tom; den tar över journalen från {{name}}.',
        merge:
          '{{people}} och {{others}} på den här datorn slås ihop med journalen från {{name}}, som den här datorn sedan behåller. En säkerhetskopia tas först.',
        people_one: '1 person',
        people_other: '{{count}} personer',
        others_one: '1 annan post',
        others_other: '{{count}} andra poster',
        cancelHint: 'Avbryt lämnar journalen på den här datorn som den är och glömmer parkopplingen.',
        confirm: 'Bekräfta',
        failed: 'Journalen togs inte över: {{reason}}',
      },
    },
    appearance: {
      heading: 'Språk och utseende',
      intro:
        'Gäller den här datorn och alla Rapport-fönster på den direkt. ”Samma som systemet” följer systemets språk och dess ljusa eller mörka tema.',
      language: 'Språk',
      languages: { system: 'Samma som systemet', sv: 'svenska', en: 'English' },
      theme: 'Tema',
      themes: { system: 'Samma som systemet', light: 'Ljust', dark: 'Mörkt' },
      failed: 'Valet kunde inte sparas, så det förra gäller igen. Försök gärna igen.',
    },
    challenge: {
      label: 'Veckoutmaning',
      progress: 'Den här veckan: {{done}} av {{target}} nya personer kontaktade',
      beyond: 'Den här veckan: {{done}} nya personer kontaktade — fler än du tänkt',
      bar: 'Nya personer kontaktade den här veckan',
      valueText: '{{done}} av {{target}}',
      change: 'Ändra veckans mål',
      off: 'Veckomål för nya kontakter: av',
    },
    reminders: {
      heading: 'Påminnelser',
      intro:
        'En gång om dagen kan Rapport i lugn och ro tala om vad som är värt en stund: nästa steg som ska tas, personer du inte hörts med på ett tag och morgondagens evenemang som du inte har förberett ännu. Bara när det finns något, och aldrig två gånger för samma sak.',
      enabled: 'Påminn mig en gång om dagen',
      hint: 'En avisering på den här datorn. Klicka på den så öppnas Idag.',
      time: 'Tidpunkt',
      invalid: 'Välj en tid, till exempel 09:00.',
    },
    login: {
      heading: 'När Rapport startar',
      openAtLogin: 'Starta Rapport när jag loggar in',
      hint: 'Rapport startar i stillhet i systemfältet, utan att öppna något fönster, så att snabbanteckningar och påminnelser finns där från början.',
    },
    shortcut: {
      heading: 'Kortkommando för snabbanteckning',
      intro: 'Öppnar snabbanteckningen var du än är, även när Rapport ligger i bakgrunden. Det gäller den här datorn.',
      field: 'Kortkommando',
      fieldHint:
        'Klicka i fältet och tryck den nya kombinationen: Ctrl, Alt eller ⌘ tillsammans med en bokstav, en siffra eller en funktionstangent.',
      registered: 'Fungerar nu:',
      none: 'Just nu öppnar inget kortkommando snabbanteckningen; det gör systemfältet fortfarande.',
      noneShort: 'inget just nu',
      refused: 'Systemet godtog inte {{keys}} — troligen använder ett annat program det.',
      suggest: 'Lediga att använda i stället:',
      use: 'Använd {{keys}}',
      invalid:
        'Ett kortkommando behöver Ctrl, Alt eller ⌘ tillsammans med en bokstav, en siffra eller en funktionstangent.',
      failed: 'Kortkommandot kunde inte ändras. Försök gärna igen.',
      keyWords: { shift: 'Skift', space: 'Mellanslag' },
    },
  },
);
