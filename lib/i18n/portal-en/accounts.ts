// English (issue 21): app, validation, registration, confirm, login, reset, nav, ownChange, colleagues,
// partnerHome, editorHome, partnerTypeShort, mail, addressLookup, kvkLookup, photo. Typed with the Dutch
// shape (PortalMessages), so nothing can be missing.
import type { PortalMessages } from '@/lib/i18n/portal-types';
import { en } from '@/lib/i18n/en';

/** A role with its article, in lower case: 'an administrator', 'a staff member'. */
const aRole = (role: string) => `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role.toLowerCase()}`;

/** The texts an invitation's list says alike for a partner's colleagues and for the editors. */
export const enInvitationTexts = {
  role: 'Role',
  send: 'Send invitation',
  sending: 'Sending…',
  invited: (email: string) => `The invitation has been sent to ${email}.`,
  pending: 'Open invitations',
  pendingNone: 'There are no open invitations.',
  invitedBy: (name: string, date: string) => `Invited by ${name} · valid until ${date}`,
  revoke: 'Withdraw invitation',
  revoking: 'Please wait…',
  revoked: 'The invitation has been withdrawn. The link no longer works.',
  makeAdmin: 'Make administrator',
  changing: 'Please wait…',
  roleChanged: (name: string, role: string) => `${name} is now ${aRole(role)}.`,
  alreadyInvited: 'This email address already has an open invitation. Withdraw it first if you want to invite this person again.',
  tooMany: 'There are already many open invitations. Withdraw a few of them first.',
};
const invitationTexts = enInvitationTexts;

export const enAccounts = {
  app: {
    name: en.app.name,
    portal: 'Partner portal',
    portalPageTitle: (page: string) => `${page} — partner portal`,
    skipToContent: en.app.skipToContent,
    genericError: (id: string) =>
      `Something went wrong on our side. Please try again in a few minutes. Still not working? Give this code when you contact us: ${id}.`,
    notLoggedIn: 'You are not logged in (any more). Log in again to continue.',
    noAccess: 'You do not have access to this page or action.',
    sending: 'Sending…',
    saving: 'Saving…',
    optional: '(optional)',
    noAccessTitle: 'No access',
    toStart: en.site.toStart,
    /** The plain-text answer of proxy.ts to a malformed request (issue 15); no form of ours sends one. */
    refused: {
      400: 'We cannot read this request.',
      403: 'This request does not come from this website and has been refused.',
      413: 'This request is too large.',
    },
    /** Title of the error summary at the top of a refused form; each field's message follows as a link. */
    errorSummary: (n: number) => (n === 1 ? 'There is 1 field that is not right yet:' : `There are ${n} fields that are not right yet:`),
    fixErrors: (n: number) =>
      n === 1
        ? 'There is 1 field that is not right yet. Look at the field to see what is wrong.'
        : `There are ${n} fields that are not right yet. Look at each field to see what is wrong.`,
  },
  validation: {
    required: 'This field is required.',
    tooLong: (max: number) => `Use no more than ${max} characters.`,
    legalName: 'Enter the company name as it is registered with the Chamber of Commerce (KvK).',
    displayName: 'Enter the name that should be on the website, or untick the box.',
    kvkNumber: 'A Chamber of Commerce (KvK) number has 8 digits, for example 12345678.',
    street: 'Enter the street.',
    houseNumber: 'Enter a house number, digits only. Put an addition (such as A or bis) in the next field.',
    addition: 'An addition is short, for example A, 2 or bis (no more than 10 characters).',
    postcode: 'Enter a postcode like 3311 AB: 4 digits and 2 letters.',
    city: 'Enter the town or city.',
    postalStreet: 'Enter the street or the PO Box number of the postal address.',
    description: 'Describe your organisation in no more than 500 characters.',
    descriptionRequired: 'Describe your organisation for pass holders.',
    name: 'Enter your name.',
    gender: 'Choose one of the options for gender.',
    phone: 'Enter a Dutch phone number of 10 digits, for example 078 123 4567 or 06 12345678.',
    email: 'Enter a valid email address, for example naam@bedrijf.nl.',
    username: 'A username has 3 to 40 characters: letters, digits, full stop, hyphen or underscore. No spaces.',
    password: 'The password must have at least 12 characters.',
    passwordTooLong: 'The password can have no more than 200 characters.',
    passwordLikeUsername: 'Choose a password that is not like your username or email address.',
    passwordRepeat: 'The two passwords are not the same.',
    orgRole: 'Choose a role: administrator or staff member.',
    partnerType: 'Choose what you want to offer pass holders.',
    category: 'Choose what type of provider you are.',
    terms: 'You must agree to the partnership terms to sign up.',
    termsChanged: 'The partnership terms have changed in the meantime. Read them again and tick the box again.',
    usernameTaken: 'This username is already in use. Choose another one.',
    kvkTaken: 'This KvK number has already been signed up. Do you already have an account? Then log in.',
  },
  registration: {
    title: 'Sign up as a Dordtpas partner',
    intro:
      'Sign up your organisation, so that pass holders can spend their Dordtpas credit or get a discount with you. Fields with a * are required.',
    submit: 'Register',
    submitting: 'Registering…',
    sections: {
      company: '1. Company details',
      you: '2. Your details',
      type: '3. Type of partner',
      category: '4. Add a photo',
      register: '5. Register',
    },
    fields: {
      legalName: 'Company name (as registered with the KvK)',
      showDisplayName: 'Show a different company name on the website',
      displayName: 'Name on the website',
      kvkNumber: 'Chamber of Commerce number (KvK number)',
      kvkHelp: 'Don’t know your KvK number?',
      kvkLink: 'Look it up at the KvK (opens in a new window)',
      visitAddress: 'Visiting address',
      street: 'Street',
      houseNumber: 'House number',
      addition: 'Addition',
      postcode: 'Postcode',
      city: 'Town or city',
      differentPostalAddress: 'The postal address is different from the visiting address',
      postalAddress: 'Postal address',
      postalStreet: 'Street or PO Box',
      description: 'Description of the organisation',
      descriptionHelp: 'This is how your organisation appears on the Dordtpas website. Write clearly and attractively for pass holders.',
      counter: (n: number, max: number) => `${n} of ${max} characters`,
      counterOver: (n: number, max: number) => `${n} of ${max} characters — ${n - max} too many`,
      name: 'Name',
      gender: 'Gender',
      genders: { FEMALE: 'Woman', MALE: 'Man', OTHER: 'Other', UNSPECIFIED: 'I prefer not to say' },
      phone: 'Phone number',
      phoneHelp: 'Dordtpas can reach you on this number. Pass holders do not see this number.',
      email: 'Email address',
      emailHelp: 'You get the messages from Dordtpas at this address.',
      username: 'Username',
      usernameHelp: 'You use this to log in to the partner portal.',
      password: 'Password',
      passwordHelp:
        'At least 12 characters. Tip: a sentence of a few words is strong and easy to remember, for example ‘cycle to the market in June’.',
      passwordRepeat: 'Repeat password',
      partnerType: 'What do you want to offer pass holders?',
      category: 'Type of provider',
      categoryPlaceholder: 'Choose a type of provider',
      terms: 'I agree to the',
      termsLink: 'partnership terms',
      termsVersion: (version: string) => `(version ${version})`,
    },
    partnerTypes: {
      BOTH: {
        label: 'Both: spend credit and discount offer',
        help: 'Recommended: this gives you the most freedom for the future.',
      },
      CREDIT: {
        label: 'Spend credit',
        help: 'The pass holder pays you with their Dordtpas credit. They may always spend all of their remaining credit with you. You may not limit this to a lower amount or a percentage.',
      },
      DISCOUNT: {
        label: 'Discount offer',
        help: 'The pass holder gets a discount from you, for example on entry or on a product. The discount is at least 25%.',
      },
    },
    done: {
      title: 'Almost done: confirm your email address',
      body: (email: string) =>
        `We have sent an email to ${email}. Click the link in that email to confirm your account. The link works for 48 hours.`,
      noMail: 'No email? Also look in your spam (junk mail) folder, or ask for a new link below.',
      pageTitle: 'Confirm your email address',
      yourAddress: 'your email address',
    },
  },
  confirm: {
    title: 'Confirm account',
    intro: 'Click the button to confirm your email address. After that, you can log in.',
    button: 'Confirm account',
    success: 'Your account is confirmed. You can log in now.',
    invalid:
      'This link does not work (any more). Maybe it has already been used or it has expired: a link works for 48 hours and only once.',
    alreadyConfirmed: 'Your account was already confirmed. You can log in.',
    resendTitle: 'Ask for a new link',
    resendIntro: 'Enter the email address you signed up with. We will send you a new link.',
    resendButton: 'Send a new link',
    resendDone: 'If there is an unconfirmed account with this email address, we have sent a new link. Check your email.',
  },
  login: {
    title: 'Log in',
    intro: 'Log in to the Dordtpas partner portal or to the editors’ part of Dordtpas.',
    identifier: 'Username or email address',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    invalid: 'The username, email address or password is not correct.',
    unconfirmed: 'You have not confirmed your email address yet. Click the link in the email we sent you, or ask for a new link.',
    forgot: 'Forgot your password?',
    register: 'Not a partner yet? Sign up',
    loggedOut: 'You are logged out.',
    passwordChanged: 'Your password has been changed. Log in with your new password.',
    confirmed: 'Your account is confirmed. Log in to continue.',
    throttled: (minutes: number) =>
      `Too many failed attempts. Please try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}. Forgot your password? Then ask for a new password.`,
  },
  reset: {
    requestTitle: 'Forgot your password',
    requestIntro: 'Enter your email address. We will send you a link to choose a new password. The link works for 1 hour.',
    requestButton: 'Send the link',
    requestDone: 'If this email address belongs to an account, we have sent a link to choose a new password. Check your email.',
    title: 'Choose a new password',
    button: 'Save password',
    invalid: 'This link does not work (any more). Ask for a new link: a link works for 1 hour and only once.',
    pageTitle: 'New password',
    newLink: 'ask for a new link',
  },
  nav: {
    home: 'Home',
    logout: 'Log out',
    login: 'Log in',
    register: en.site.register,
    editorHome: 'Editors',
    loggedInAs: 'Logged in as',
  },
  /** Issue 17: the administrator's change of what pass holders see, through the editors. */
  ownChange: {
    open: 'Change the details pass holders see…',
    intro:
      'Pass holders see the name on the website, the visiting address, the description and the type of provider. A change goes to the editors first. If you have offers online, you will see the change on the website as soon as you approve the new text from the editors.',
    fixed: 'You cannot change the KvK number and the company name. A different KvK number means a new partner: then please sign up again.',
    submit: 'Send the change to the editors',
    submitting: 'Sending…',
    done: 'Your change has been sent to the editors.',
    pending: (date: string, by: string) => `On ${date}, ${by} asked for a change. The editors are working on it.`,
    unchanged: 'You have not changed anything yet.',
    empty: '(empty)',
    mailSubject: (org: string) => `${org} wants to change the details for pass holders`,
    editorTitle: 'Requested change to the organisation’s details',
    editorIntro: (date: string, by: string) => `Requested on ${date} by ${by}.`,
    editorOnline:
      'This partner has offers online. Accept the change, add it to the partner’s entry and send that for approval: the details go live when the partner approves.',
    accept: 'Accept the change',
    accepted: 'Accepted. The details go live with the partner’s next approval of an offer that you send for approval from now on.',
    acceptedOn: (date: string) =>
      `Accepted on ${date}. The details go live with the partner’s next approval of an offer that was sent for approval after that.`,
    gone: 'The partner has changed the request in the meantime. Refresh the page and look at the new version.',
    editorOffline: 'This partner has nothing online. You can make the change straight away.',
    apply: 'Make the change',
    applying: 'Please wait…',
    applied: 'The partner’s details have been changed.',
    field: 'Detail',
    before: 'Now',
    after: 'Requested',
  },
  /** Issue 17: a partner organisation's users ("Colleagues"); an administrator manages them. */
  colleagues: {
    ...invitationTexts,
    nav: 'Colleagues',
    title: 'Colleagues',
    pageTitle: 'Colleagues — partner portal',
    intro:
      'Here you see who from your organisation can use the partner portal. An administrator can do everything, including managing colleagues and the organisation’s details. A staff member can make discount proposals and approve offers.',
    roles: { ADMIN: 'Administrator', MEMBER: 'Staff member' } as Record<string, string>,
    roleHelp: {
      ADMIN: 'Can do everything, including inviting colleagues and changing the organisation’s details.',
      MEMBER: 'Can make discount proposals and approve offers.',
    } as Record<string, string>,
    members: 'Who can log in',
    onlyAdmin:
      'The only administrator. Do you want to hand this over? Invite a colleague as an administrator, or make a colleague an administrator.',
    you: '(you)',
    since: (date: string) => `Since ${date}`,
    invite: 'Invite a colleague',
    inviteIntro:
      'Your colleague gets an email with a link. The link works once and for 7 days. Your colleague chooses their own username and password.',
    name: 'Your colleague’s name',
    email: 'Your colleague’s email address',
    remove: 'Remove',
    removeConfirm: (name: string) => `Remove ${name}? From that moment on, ${name} can no longer log in.`,
    removing: 'Removing…',
    removed: 'Your colleague has been removed and can no longer log in. Your colleague will get an email about this.',
    makeMember: 'Make staff member',
    emailTaken:
      'There is already an account with this email address. A person can belong to only one organisation; ask the editors for help.',
    lastAdmin: 'Your organisation always needs at least one administrator. First make a colleague an administrator.',
    gone: 'This colleague or invitation does not exist (any more). Refresh the page.',
    mailSubject: (org: string) => `You have been invited to the partner portal of ${org}`,
    removedSubject: 'You no longer have access to the Dordtpas partner portal',
    accept: {
      title: 'Invitation to the partner portal',
      pageTitle: 'Invitation — partner portal',
      intro: (name: string, org: string, role: string) =>
        `${name} invites you to the Dordtpas partner portal of ${org}, as ${aRole(role)}. Choose a username and a password.`,
      yourName: 'Your name',
      phone: 'Phone number (optional)',
      submit: 'Create account',
      submitting: 'Creating your account…',
      done: 'Your account is ready. Log in with your username and password.',
      usernameTaken: 'This username is already in use. Choose another one.',
      invalid: {
        unknown: 'We do not know this invitation. Check that you used the whole link from the email.',
        used: 'This invitation has already been used. Do you already have an account? Then log in.',
        expired: 'This invitation has expired. Ask your colleague to invite you again.',
        revoked: 'This invitation has been withdrawn. Ask your colleague to invite you again.',
      } as Record<string, string>,
    },
  },
  partnerHome: {
    title: 'Home',
    /** A credit-only partner who wants to give discounts too (issue 14 §15). */
    discounts: {
      title: 'Give discounts to pass holders too?',
      body: 'Your organisation is now a partner for spending credit. Do you also want to give pass holders at least 25% discount, for example on entry or a course? Ask the editors to change your type of partner to ‘credit and discount’. After that, you will see the button ‘Add a discount offer’ here.',
      request: 'Ask the editors if you can give discounts too',
      requesting: 'Sending…',
      sent: 'Your request has been sent to the editors. You will get an email as soon as you can propose discount offers.',
      requested: (date: string) =>
        `On ${date} you asked to give discounts too. The editors are looking at your request. You will get an email as soon as you can propose discount offers.`,
    },
    welcome: (name: string) => `Welcome, ${name}`,
    organisation: 'Your organisation',
    nextTitle: 'What happens now?',
    nextBody:
      'The Dordtpas editors look at your registration and write the text for the website. Within a few days, you will get an email asking you to check and approve that text. You do not need to do anything now.',
    nextBodyDiscount:
      'Do you want to give pass holders a discount? Choose ‘Add a discount offer’ at the top left. The Dordtpas editors turn it into a text for the website and send it to you for approval.',
    nothingToApprove: 'Nothing is waiting for your approval right now.',
    offers: 'Your offers',
    contact: 'Your details',
    contactSaved: 'Your details have been saved.',
    save: 'Save',
    saving: 'Saving…',
    stale: 'Someone else has changed this in the meantime. Look at the new details and save your change again.',
  },
  editorHome: {
    title: 'Editors',
    count: (n: number) => (n === 1 ? '1 registration' : `${n} registrations`),
    statuses: {
      REGISTERED: 'Email not confirmed yet',
      CONFIRMED: 'Confirmed, waiting for the editors',
      CLOSED: 'Partnership ended',
      REJECTED: 'Registration rejected',
      INACTIVE: 'Deactivated',
    },
    requests: {
      title: 'Requests from partners',
      discounts: (date: string) => `Wants to give discounts too (now only spending credit) · asked on ${date}`,
      grant: 'Change to credit and discount',
      granting: 'Please wait…',
      granted: 'The type of partner has been changed to credit and discount. The partner will get an email.',
      gone: 'This request has already been dealt with.',
    },
  },
  partnerTypeShort: { CREDIT: 'Spend credit', DISCOUNT: 'Discount offer', BOTH: 'Credit and discount' },
  mail: {
    footer: en.site.footer,
    confirmSubject: 'Confirm your sign-up as a Dordtpas partner',
    confirmedSubject: 'Your Dordtpas account is confirmed',
    resetSubject: 'New password for the Dordtpas partner portal',
    accountExistsSubject: 'You already have a Dordtpas account',
    approvalSubject: 'Your Dordtpas offer is ready: please approve it',
    commentedSubject: (org: string) => `${org} has responded to the offer`,
    publishedSubject: 'Your offer is on the Dordtpas website',
    withdrawnSubject: 'Your offer is no longer on the Dordtpas website',
    proposalSubject: (org: string) => `${org} has sent in a discount proposal`,
    expiredSubject: 'Your discount offer has ended',
    partnerTypeRequestedSubject: (org: string) => `${org} wants to give discounts too`,
    partnerTypeChangedSubject: 'You can now propose discount offers',
  },
  /** The address looked up from postcode and house number (app/api/adres, lib/geo; ADR 0034). */
  addressLookup: {
    hint: 'First enter the postcode and the house number: then we fill in the street and the town. You can always change them.',
    searching: 'Looking up the address…',
    found: (address: string) => `Found: ${address}. Not right? Then change it.`,
    notFound: 'We cannot find an address for this postcode and house number. Check them, or enter the address yourself.',
    unavailable: 'We cannot look up the address right now. Please enter the address yourself.',
    tooMany: 'You have looked up many addresses in a row. Enter the address yourself, or try again in an hour.',
  },
  /** The legal name and address looked up by KvK number (app/api/kvk, lib/kvk; ADR 0035), only with KVK_API_KEY. */
  kvkLookup: {
    hint: 'With your KvK number, we fill in the company name and the visiting address. You can always change them.',
    searching: 'Looking up the KvK number…',
    found: (name: string) => `Filled in from the KvK register: the name (${name}) and the visiting address. Please check them.`,
    foundNoAddress: (name: string) => `Filled in from the KvK register: the name (${name}). Please enter the visiting address yourself.`,
    notFound: 'We cannot find a registration for this KvK number. Check the number, or enter the details yourself.',
    unavailable: 'We cannot look up the KvK number right now. Please enter the details yourself.',
    tooMany: 'You have looked up many KvK numbers in a row. Enter the details yourself, or try again in an hour.',
  },
  photo: {
    label: 'Photo',
    of: (name: string) => `Photo of ${name}`,
    guidance:
      'A landscape photo: wider than it is tall, at least 1200 × 675 pixels. A photo with people in it is best. No logo, company name or text on the photo. JPG, PNG, WebP or HEIC, no more than 10 MB.',
    optional: 'No photo? Then Dordtpas chooses a picture for your offer.',
    choose: 'Choose a photo',
    drop: 'or drag a photo here',
    replace: 'Choose another photo',
    remove: 'Remove photo',
    removed: 'The photo has been removed.',
    uploading: (percent: number) => `Uploading… ${percent}%`,
    processing: 'The photo is being prepared…',
    uploaded: 'The photo has been added.',
    previewAlt: 'Preview of the chosen photo',
    categoryAlt: en.site.categoryImage,
    save: 'Save photo',
    saved: 'The photo has been saved.',
    current: 'Current photo',
    none: 'There is no photo yet. Dordtpas now shows a general picture.',
    errors: {
      tooBig: 'This photo is larger than 10 MB. Choose a smaller photo.',
      notAnImage: 'This file is not a photo. Choose a photo in JPG, PNG, WebP or HEIC.',
      unreadable: 'We cannot read this photo. The file may be damaged. Choose another photo.',
      heif: 'We cannot read this HEIC photo. Choose a JPG photo, or set your camera to ‘Most Compatible’.',
      tooManyPixels: 'This photo has too many pixels (more than 50 megapixels). Choose a smaller photo.',
      notLandscape: (w: number, h: number) =>
        `This photo is upright or square (${w} × ${h} pixels). Choose a landscape photo: wider than it is tall.`,
      tooSmall: (w: number, h: number) => `This photo is too small (${w} × ${h} pixels). Choose a photo of at least 1200 × 675 pixels.`,
      claim: 'The photo could not be saved. Please add the photo again.',
      nothingChosen: 'Choose a photo first.',
      network: 'The upload failed. Check your internet connection and try again.',
      tooMany: 'You have uploaded many photos in a row. Wait an hour and then try again.',
      tooManyToday:
        'Many photos have already been uploaded from this internet connection today. Sign up without a photo: you can add one after you log in.',
      busy: 'A very large number of photos are being uploaded right now. Sign up without a photo: you can add one after you log in.',
    },
  },
} satisfies Pick<
  PortalMessages,
  | 'app'
  | 'validation'
  | 'registration'
  | 'confirm'
  | 'login'
  | 'reset'
  | 'nav'
  | 'ownChange'
  | 'colleagues'
  | 'partnerHome'
  | 'editorHome'
  | 'partnerTypeShort'
  | 'mail'
  | 'addressLookup'
  | 'kvkLookup'
  | 'photo'
>;
