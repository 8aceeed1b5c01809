"""Precision and recall of removed lines against hand-labelled documents.

    python -m benchmarks.clean_eval

Two sets:
- `sample`: the sample bundle, with the hand-checked labels in
  benchmarks/cleaning/sample.gold.tsv;
- `heldout`: benchmarks/cleaning/heldout.annotated.bundle, documents written in
  the style of other sites (BBC, Guardian, AP, Al Jazeera, CNN, local news,
  blogs, press releases). Measured before any rule was written for them
  (recall 0.566), then used to improve the rules: it is now a development set.
- `test`: benchmarks/cleaning/test.annotated.bundle, eight more site styles
  (NYT, Reuters web, DW, Times of India, Substack, Medium, SCMP, Fox) written
  after that work: recall 0.651 when first scored, 0.698 after two mechanism
  fixes, 0.930 after generic rule families (app promotion, social icons, print
  edition, trust badges, email capture) were added for the gaps it showed. It
  is therefore no longer blind: the next improvement needs a new unseen set.
- `blind3`: benchmarks/cleaning/blind3.annotated.bundle, written in session 2
  after learned boilerplate (tasks/repeated.py) and before any rule change:
  several articles each from Rudaw-, NPR-style sites (as scraped bundles hold
  them), plus Politico, The Hindu and ABC Australia styles. Recall 0.819 at
  first contact; the generic families it showed missing were added (1.000 after).
- `blind4`: benchmarks/cleaning/blind4.annotated.bundle, written after those
  changes and scored once before any further change: Kyiv Independent- and
  Patch-style sites (three articles each), Euronews, Axios, a WordPress blog.
  Recall 0.905 at first contact; 1.000 after the families it showed were added.
- `blind5`: benchmarks/cleaning/blind5.annotated.bundle, written after that and
  scored once before any further change: The National (three articles), Middle
  East Eye, Straits Times, Bloomberg, a Guardian live page, Le Monde in English,
  GhanaWeb. Recall 0.873 at first contact; 0.986 after the families it showed.
- `blind6`: benchmarks/cleaning/blind6.annotated.bundle, written after that and
  scored once: Kurdistan24 (three articles), Times of Israel, Anadolu, The
  Independent, Daily Mail, Vox, KSL. Recall 0.741 at first contact; the
  reader-address tail and the families it showed brought it to 1.000.
- `blind7`: benchmarks/cleaning/blind7.annotated.bundle, written after that and
  scored once: Dawn (three articles), CBC, Sky News, Japan Times, Daily
  Maverick, a Yahoo-syndicated wire story. Recall 0.764 at first contact.
- `blind8`: benchmarks/cleaning/blind8.annotated.bundle, written after the tail
  heuristics and scored once: Arab News (three articles), ABC News (US), Irish
  Times, an Al Jazeera page, The Hill, a parish blog. P 0.979, R 0.940 at first
  contact.
- `blind9`: benchmarks/cleaning/blind9.annotated.bundle, written after that and
  scored once: The Star Malaysia (three articles), ABC Spain in English, Global
  News, The Conversation, Newsweek.
- `blind10`: benchmarks/cleaning/blind10.annotated.bundle, written in session 3
  with longer articles and boilerplate in mid-body: Shafaq News (three
  articles), Military Times, Asharq Al-Awsat, France 24, Business Insider, a
  hard-wrapped e-mail newsletter. P 0.956 R 0.823 at first contact (0.855 once
  Business Insider's three key-point bullets were labelled standfirst, `@@M`,
  as every other set labels a standfirst); the lost lines were a hard-wrapped
  closing paragraph read as tail fragments.
- `blind11`: benchmarks/cleaning/blind11.annotated.bundle, written after the
  blind10 work and scored once: The New Arab (three articles), Stars and
  Stripes, RFE/RL, Jerusalem Post, CNBC, HuffPost, a State Department readout.
  P 1.000 R 0.883 at first contact.
- `blind12`: benchmarks/cleaning/blind12.annotated.bundle, written after the
  blind11 work and scored once: Middle East Monitor (three articles), Hindustan
  Times, The Telegraph, TRT World, Punch, Wired, Al-Monitor. P 1.000 R 0.800 at
  first contact (captions with credits in new shapes were most of the misses).
- `blind13`: benchmarks/cleaning/blind13.annotated.bundle, written after the
  blind12 work and the metadata changes, scored once: Gulf News (three
  articles), Haaretz, Nikkei Asia, Xinhua, ANI via ThePrint, Euractiv, The
  Economist. P 1.000 R 0.826 at first contact.
- `blind14`: benchmarks/cleaning/blind14.annotated.bundle, written after the
  blind13 work, scored once: Al Arabiya (three articles), Washington Post,
  Daily Sabah, SBS, INA, a Reuters wire page. P 0.964 R 0.947 at first contact.
- `blind15`: benchmarks/cleaning/blind15.annotated.bundle, written after the
  blind14 work, scored once: VOA (three articles), CNA, Sydney Morning Herald,
  Africanews, Mint, The Arab Weekly (hard-wrapped). P 1.000 R 0.875 at first
  contact.
- `blind16`: benchmarks/cleaning/blind16.annotated.bundle, written after the
  blind15 work, scored once: Ahram Online (three articles), NBC News, Semafor,
  Jordan Times. P 0.978 R 0.863 at first contact (the lost line: Semafor's
  first section head, "The News", read as header navigation).
- `blind17`: benchmarks/cleaning/blind17.annotated.bundle, written after the
  blind16 work, scored once: Press TV (three articles), Globe and Mail,
  Defense One, RTÉ, Kyiv Post, Military.com. P 1.000 R 0.852 at first contact.
- `blind18`: benchmarks/cleaning/blind18.annotated.bundle, written after the
  blind17 work, scored once: The National (two articles), Crisis Group, BBC
  News, Eurasia Review, Naharnet. P 1.000 R 0.925 at first contact.
- `blind19`: benchmarks/cleaning/blind19.annotated.bundle, written after the
  blind18 work, scored once: Alhurra (three articles), Independent Arabia,
  Stratfor, Toronto Star, an NPR transcript. P 0.979 R 0.939 at first contact
  (the lost line: a transcript's first speaker label, "STEVE INSKEEP, HOST:").
- `blind20`: benchmarks/cleaning/blind20.annotated.bundle, other kinds of
  document, scored once: a live blog, a PDF report page, an AMP page, a
  wire press release with contacts, an e-mail digest. P 0.906 R 0.853 at first
  contact (lost: the first live-blog timestamp and two numbered section heads).
- `blind21`: benchmarks/cleaning/blind21.annotated.bundle, one AP story as six
  sites carry it (the sample bundle's shape), scored once: P 0.929 R 0.867 at
  first contact. The lost lines were the story itself: its headline and a
  sentence that every copy shares were learned as repeated lines, because the
  copies' own furniture outweighed the story. Learned lines now spare a headline
  over its byline or date and a long sentence that goes on from the story.
- `blind22`: benchmarks/cleaning/blind22.annotated.bundle, one Reuters story as
  six outlets carry it (Reuters.com, Investing.com, Zawya, MarketScreener, a
  wire e-mail, Yahoo), scored once: P 1.000 R 0.727 at first contact (0.750
  once Yahoo's second "By ..." line was labelled a byline, `@@M`, as every
  set labels bylines). The copies' story survived whole.
- `blind23`: benchmarks/cleaning/blind23.annotated.bundle, written in session 4
  and scored once: Khaleej Times (three articles), Tehran Times, Los Angeles
  Times, CBS News, India Today, Rappler, News24, Asia Times. P 1.000 R 0.939 at
  first contact (0.947 once Tehran Times' date line was labelled metadata,
  `@@M`, as every set labels dates). Missed: a link list under a sign-up
  footer, a video's length, newsletters offered under a sign-up line, an AI
  summary disclaimer, a caption credited "(Associated Press)".
- `blind24`: benchmarks/cleaning/blind24.annotated.bundle, written after the
  blind23 work and scored once: L'Orient Today (three articles), USA Today,
  New York Post, Foreign Policy, Yonhap, Daily Nation, Hurriyet Daily News,
  The Cradle. P 1.000 R 0.899 at first contact. Missed: a gallery's title,
  blurb and label under "Show Caption", a lead caption over a bare "REUTERS"
  credit, Foreign Policy's content-type line, a writer's bio ending in a
  handle, a comments pitch, a "What you need to know:" label.
- `blind25`: benchmarks/cleaning/blind25.annotated.bundle, one AFP story as six
  outlets carry it, named as the sample bundle names its files (Barron's,
  Digital Journal, Inquirer, The Peninsula, a tab-indented table page like the
  sample's, a WordPress blog), scored once: P 1.000 R 0.857 at first contact.
  Missed: an agency kicker above the headline, AFP's closing staff initials
  ("bur-sf/jsa"), a caption ending "- Copyright AFP <name>" and its credit
  line, "Written By AFP" over the agency's self-description, an e-mail consent.
- `blind26`: benchmarks/cleaning/blind26.annotated.bundle, written after the
  blind25 work and scored once: RNZ (three articles), Korea Herald, Bangkok
  Post, Philstar, Irish Independent, The Scotsman, a Telegram channel post.
  P 1.000 R 0.956 at first contact. Missed: "This photo, provided by ...,
  shows", a name-only caption over "AFP / File", a Telegram channel's name
  (taken as the title; still kept).
- `blind27`: benchmarks/cleaning/blind27.annotated.bundle, a new story (Kurdish
  oil exports) written in the style of the sample bundle's own five sites (an
  "Also read" site, the tab-indented table page, Qonversations, IraqiNews,
  a "Skip to content" site), scored once: P 1.000 R 1.000 at first contact.
- `blind28`: benchmarks/cleaning/blind28.annotated.bundle, written after that
  and scored once: Financial Times, Wall Street Journal, The Times, ITV News,
  Der Spiegel International, NHK World, NDTV, Ynet, PBS NewsHour, Forbes.
  P 1.000 R 0.838 at first contact. Missed: a caption ending "© name/AFP/
  Getty Images" (read as one paragraph with the standfirst and byline: three
  header lines of varied length were taken for a hard-wrapped paragraph), a
  paywall and a newsletter blurb, "Write to ... at <e-mail>", a print-edition
  note, "Watch ITV News on YouTube" and a podcast plea, a "Foto:" credit and
  its caption, a contributor disclaimer and tagline.
- `blind29`: benchmarks/cleaning/blind29.annotated.bundle, NGO, think-tank and
  government pages, scored once: UN News, Amnesty International, Human Rights
  Watch, CFR, Brookings, Atlantic Council, Lawfare, defense.gov, CENTCOM.
  P 1.000 R 0.809 at first contact. Missed: media contacts with an e-mail,
  donation boxes and their amounts, Creative Commons notices, the publisher
  describing itself after the story, a writer's bio with no byline to match,
  a "© 2023 Private" caption credit, "Published by The Lawfare Institute".
- `blind30`: benchmarks/cleaning/blind30.annotated.bundle, one AP story as six
  US newspapers print it (AP News, Boston Globe, Seattle Times, Chicago
  Tribune, Houston Chronicle, Denver Post), scored once: P 1.000 R 0.943 at
  first contact. Missed: a three-sentence comment policy after the story, a
  "Get the latest breaking news as it happens." sign-up heading.
- `blind31`: benchmarks/cleaning/blind31.annotated.bundle, written after that
  and scored once: CGTN, Global Times, TASS, IRNA, Kuwait Times, Saudi Gazette,
  Egypt Today, Morocco World News. P 0.968 R 0.882 at first contact. Lost: a
  story's last sentence, read as the caption of "(With input from Xinhua)"
  under it. Missed: captions credited "/CFP", "— AFP", "- Reuters", and a
  name-only caption with no credit (still kept).
- `blind32`: benchmarks/cleaning/blind32.annotated.bundle, sport, business and
  tech sites, scored once: ESPN, BBC Sport, TechCrunch, The Verge, Ars
  Technica, MarketWatch, CNET. P 1.000 R 0.737 at first contact. Missed: a
  newsletter menu of names and blurbs, writers' bios by first name (one under
  the byline), "Information from Reuters was used in this report.", an
  affiliate note, "Enlarge /" captions, "reader comments", "Find all the
  latest ... on our dedicated page."
- `blind33`: benchmarks/cleaning/blind33.annotated.bundle, aggregators and
  tabloids, scored once: MSN, Newsmax, Daily Express, Daily Mirror, Evening
  Standard, Washington Examiner, The Intercept. P 1.000 R 0.949 at first
  contact. Missed: a sign-up consent paragraph and a podcast plug.
- `blind34`: benchmarks/cleaning/blind34.annotated.bundle, one story as HTML
  converters leave it, scored once: a text-browser dump with link numbers and
  references, a markdown conversion, a page with script and JSON-LD residue,
  ads between paragraphs, a printed page with a running head and
  hyphenation. P 1.000 R 0.778 at first contact. Missed: link-numbered menus,
  markdown images and links, script lines, "SCROLL TO CONTINUE WITH CONTENT",
  the running head. Markup is now stripped when lines are read.
- `blind35`: benchmarks/cleaning/blind35.annotated.bundle, one story as six
  regional outlets carry it (Al Mayadeen English, Baghdad Today, 964media,
  Alsumaria, Middle East Online, Al Bawaba), scored once: P 1.000 R 0.852 at
  first contact (0.920 once a standfirst and a "Baghdad Today – Baghdad"
  dateline were labelled metadata, `@@M`, as every set labels them). Missed:
  a short outlet blurb after the story, a caption over a "© AFP" credit.
- `blind36`: benchmarks/cleaning/blind36.annotated.bundle, opinion pages and
  web posts, scored once: Al Jazeera and Guardian opinion, a Blogspot blog, a
  Ghost newsletter, a LinkedIn article, a Reddit post. P 1.000 R 0.857 at
  first contact. Missed: the date shown twice, a writer's tagline under the
  headline, a letters-page invitation, a members-only sign-up and its e-mail
  field, a LinkedIn role line.
- `blind37`: benchmarks/cleaning/blind37.annotated.bundle, written after two
  phrase audits (205 furniture phrases, 36 caption shapes; tests/data) and
  scored once: RFI, Iran International, i24NEWS, The New Region, Amwaj.media,
  North Press, Syria Direct. P 1.000 R 0.930 at first contact. Missed: a
  caption credited "AFP - AHMAD AL-RUBAYE", a support note, and a name-only
  caption over the outlet's name (still kept).
- `blind38`: benchmarks/cleaning/blind38.annotated.bundle, wire press releases
  (PR Newswire, Business Wire, GlobeNewswire) and a table page like the
  sample's, scored once: P 1.000 R 0.818 at first contact (0.844 once the
  company under "News provided by" was labelled metadata, `@@M`, as blind20
  labels it). Missed: "News provided by", the release's "About <company>"
  section and its forward-looking statements, a caption wrapped over two
  lines of a table cell. The "About <company>" section is now labelled
  boilerplate in blind20 too (it had been labelled body there): it repeats
  word for word in every release of the company.
- `blind39`: benchmarks/cleaning/blind39.annotated.bundle, one AFP story as six
  Gulf outlets and news agencies carry it (Gulf Today, Oman Observer, KUNA,
  WAM, Petra, Qatar Tribune), scored once: P 0.810 R 0.944 at first contact.
  Lost: the copies' short shared closing sentence, learned as a repeated line
  (the known gap: copies wrapped in furniture share under half their words),
  and a KUNA sentence ending "(end)" joined to the desk's initials under it.
  Learned lines now spare any sentence of eight or more words that goes on
  from the story and reads as reporting (no reader, no "we", nothing a site
  asks for); the CoNLL digest disclaimer it would have spared has a rule.
  (Later replaced: the learner itself checks such a line's documents for
  near-copies; see tasks/repeated.py.)
- `blind40`: benchmarks/cleaning/blind40.annotated.bundle, Iraqi and Kurdish
  outlets, scored once: BasNews, Kurdistan Chronicle, NINA, The Baghdad Post,
  an EPIC security monitor. P 1.000 R 0.917 at first contact. Missed: a
  magazine describing itself after the story, a newsletter's issue heading.
- `blind41`-`blind44`: written in session 5 and scored once each, before any
  change: one Reuters story on seven outlets named as the sample names its files
  (Reuters, US News, Devdiscourse, Al Mayadeen, Nasdaq/RTTNews, BNA,
  IraqiNews), institutional pages (GOV.UK, Wikipedia, UN press, State
  Department briefing, KRG, a university, a think tank), US local stations and
  papers carrying AP (WTOP, KTLA, NBC Chicago, WBUR, Tampa Bay Times, Miami
  Herald, FOX 5 DC), magazines (New Yorker, Economist, Atlantic, Vox, Slate,
  Politico Magazine, Medium). P 1.000 and R 0.948 / 0.839 / 0.917 / 0.925
  (pooled 0.901, 245 of 272). Missed: wiki furniture ("[edit]" heads, the
  references), cookie and disclaimer wordings, a share row without separators,
  a company name alone ("NBC Universal, Inc."), an audio player's "0:00", a
  broadcast note, bios and publisher notes in new shapes.
- `blind45`-`blind48`: written after that work, scored once each: one story on
  six aggregators and regional sites (Ground News, MENAFN, Big News Network,
  Inkl, Egypt Independent, Gulf Times), energy trade press (Oilprice, Rigzone,
  Argus, Energy Voice, Iraq Oil Report, S&P Global), humanitarian agencies
  (ReliefWeb, The New Humanitarian, UNHCR, ICRC, MSF, Save the Children),
  Iranian, Syrian and Kurdish agencies (Mehr, Tasnim, SANA, Enab Baladi, ANHA,
  Al-Manar). P 1.000 and R 0.756 / 0.783 / 0.741 / 0.953 (pooled 0.802, 154 of
  192). Missed: an aggregator's own summary block, press-release contact blocks
  and notes to editors, contact lines with phones and e-mails, disclaimers,
  download links, a caption under its credit. First contact also showed a
  precision bug the scores could not: a language switcher ("English") took the
  headline under it, and the lines under that, as a player's title (fixed: a
  language choice has no title, and a title has no title under it).
- `blind49`-`blind51`: written after that work, scored once each: one Reuters
  story on six outlets named as the sample names its files (swissinfo, Free
  Malaysia Today, Business Recorder, ET EnergyWorld, Iraq Business News,
  Energy-pedia), UK, Irish and Australasian sites carrying PA, Reuters and AP
  (Belfast Telegraph, Herald, WalesOnline, Irish Examiner, news.com.au, 9News,
  Stuff), Iraqi and Kurdish outlets (964, Baghdad Today, Kirkuk Now, Ekurd,
  Draw Media, the KRSC). P 1.000 and R 0.978 / 0.906 / 0.970 (pooled 0.947,
  124 of 131). Missed: a reader counter, a sign-up box's small print and error
  message, a newsletter's blurb under three sign-up lines, a caption under a
  photographer's credit, an organisation's name over a headline that opens
  "KRSC:" (read as a dateline; left).
- `blind52`: a new story (the Development Road) in the sample bundle's own five
  site styles, each kind of furniture worded differently ("ALSO READ |", "Read
  also:", "Email this story to a friend", "More Stories from Qonversations",
  "Skip to main content", "Top photo: AFP."), scored once: P 1.000 R 0.958
  (missed: "Email this story to a friend").
- `blind53`-`blind55`: written after that work, scored once each: Asian
  English-language sites (The Diplomat, JoongAng Daily, Taipei Times, Jakarta
  Post, VnExpress, Express Tribune, Deccan Herald), wire services' own pages (AP,
  UPI, Kyodo, ANSA, IANS, dpa), African and Latin American sites (Premium
  Times, The Citizen, MercoPress, teleSUR, Mexico News Daily). P 1.000 and R
  0.927 / 0.909 / 0.974 (pooled 0.941, 95 of 101). Missed: a view counter, a
  comment policy, a WhatsApp-channel plea, a writer's bio by surname under a
  capitalised byline, a caption ending "File Photo by NAME/UPI", "Reading
  Time: 1 min read".
- `blind56`-`blind58`: written after that work, scored once each: Gulf and
  regional sites (Al Bawaba, The Media Line, Gulf Today, Oman Observer, Ahval,
  Qatar Tribune), European sites (Politico Europe, EUobserver, The Local,
  Kathimerini, Notes from Poland, Balkan Insight), US magazines and opinion
  sites (Time, National Review, Daily Beast, Salon, Mother Jones, Reason).
  P 1.000 and R 1.000 / 0.944 / 0.816 (pooled 0.912, 93 of 102). Missed:
  captions credited after a bar or "(source: ...)", a caption and the writer's
  name read as one hard-wrapped paragraph with the story's first line (fixed:
  a line ending in a bracketed credit ends its paragraph, and a short label
  after a full sentence is not its continuation), an "If you enjoyed this
  article" plea, a sign-up plea after another sentence, a section head the
  writer's bio hid from the footer pass.
- `blind59`-`blind60`: written after that work, scored once each: video and
  live pages (CNN and Al Jazeera video pages, a BBC live page, a DW video page,
  Rudaw), Kurdish and Iraqi outlets (Kurdistan24, Shafaq News, The New Region,
  INA). P 1.000 and R 0.980 / 0.962 (pooled 0.974, 75 of 77). Missed: a live
  page's second timestamp ("12:40 16 Jan"; left: a rule cannot tell it from the
  page's date), a caption ending ". Photo: The New Region" joined to the
  dateline under it (fixed: such a credit ends its paragraph).
- `blind61`: three long stories with furniture between their paragraphs (a
  Canadian paper's photo galleries and newsletter box, a Guardian explainer
  with its newsletter promotion, a Washington Post story with advertisements
  and follow buttons), scored once: P 1.000 R 0.867 (39 of 45). Missed: the
  newsletter boxes between paragraphs (their blurb, privacy note and "after
  newsletter promotion") and "Loveluck reported from London."
- `blind62`: three more long stories with furniture between paragraphs (CNN,
  Sky News, Daily Mail), scored once: P 0.909 R 0.882; 0.938 / 0.968 once
  CNN's "CNN —", Sky's date line and the Mail's two summary bullets were
  labelled metadata (`@@M`), as every set labels them. The two lost lines: an
  inline "Read more:" whose last teaser headline asks a question ("What is the
  Axis of Resistance?") was read as the start of the footer and cut the story's
  last paragraphs (fixed: a question headline is a teaser headline too).
- `blind63`-`blind64`: written after that work, scored once each: US local
  papers carrying AP (Kansas City Star, USA Today, a Lee paper, Chicago
  Tribune, Star Tribune), Indian sites (Indian Express, News18, Firstpost,
  Scroll, WION, Business Standard). P 1.000 and R 0.972 / 1.000 (pooled 0.983,
  59 of 60). Missed: "Originally Published: January 15, 2024 at 6:21 p.m."
  after the story (a date line there is furniture, whatever it ends with).
- `blind65`: copies of a story as people save and pass them on (CNN's lite
  page, NPR's text-only page, a web-archive capture, a forwarded e-mail, a
  read-later app), scored once: P 1.000 R 0.839; 0.867 once CNN lite's date
  over the headline was labelled metadata. Missed: the owner's name over the
  headline ("NPR : National Public Radio"), an archive's capture dates, a
  forwarded e-mail's separator and its "Date:" line.
- `blind66`: the story in Arabic, French and German pages, scored once: P
  0.963 R 0.929. Missed: "اقرأ أيضا:" and "Lire aussi :" teasers. Lost: the
  German page's short closing sentence, sandwiched between a teaser and the
  footer, taken for a profile's tagline by a rule added earlier in the session
  (the Medium tagline rule of blind44; removed: a short sentence between removed
  lines can be the story's last). Teasers, related-news heads, share buttons
  and copyright lines now have rules in Arabic, Persian, French, German,
  Spanish, Italian and Turkish.
- `blind67`: one Reuters story on six Gulf, Egyptian and Moroccan outlets named
  as the sample names its files (GDN Online, Times of Oman, Gulf Business,
  TradeArabia, Daily News Egypt, Hespress English), scored once after the rest
  of the session's work: P 1.000 R 0.971 (33 of 34). Missed: the site's name
  with its tagline over the headline ("Hespress English - Moroccan news"; left:
  lines over the headline are dropped only when short, so that a misread title
  cannot take the real one with it).
- `blind68`: long-form and opinion sites (The Spectator, Foreign Affairs,
  Responsible Statecraft, War on the Rocks), scored once: P 1.000 R 0.892 (33
  of 37). Missed: writers' bios under the byline in capitals ("MARIA FANTAPPIE
  is Head of ..."), "More by Vali Nasr", a closing bio whose writer was named
  under a bare "Written by" line.
- `blind69`: three more long stories (NYT, BBC, The Independent), scored once:
  P 1.000 R 0.943 (33 of 35). Missed: "SKIP ADVERTISEMENT" and a caption with
  its credit glued on ("... last year.Credit...Ahmad Al-Rubaye/...").
- `blind70`: one Iraq budget story as app, mobile, print and partner pages carry
  it (The New Arab, Middle East Eye, Arab News, a printed page, Al-Monitor),
  scored once: P 1.000 R 0.968 (30 of 31). Missed: "This page was printed
  from www...".
- `blind71`: one Turkey-PKK story on Anadolu, Reuters, Daily Sabah and Hurriyet
  pages, scored once: P 1.000 R 0.727 (16 of 22). Missed: Reuters' numbered
  gallery caption ("[1/2]A Turkish army vehicle ..."), a newsletter plea ending
  "Sign up here.", Daily Sabah's newsletter box, Hurriyet's rights notice (the
  box's blurb too, once a sign-up box may close with a button an account rule
  names, "SUBSCRIBE", provided what sits between is a sentence).
- `blind72`: the Kurdistan election on Reuters, Al Jazeera, Rudaw and
  Kurdistan24 pages, scored once: P 1.000 R 0.933 (14 of 15). Missed: "Save
  articles to read later and create your own reading list."
- `blind73`: state media in English (TASS, RT, Xinhua, CGTN, Global Times,
  Press TV, IRNA), scored once: P 0.959 R 0.909 (70 of 77; 0.958 and 0.920
  once two "Updated"/"Last Update" time lines were labelled metadata, `@@M`,
  as every set labels dates). Lost: TASS's story, cut as a footer from the
  "Read more" link under its standfirst (a marker in the header with twice the
  sentences under it as above is now a link, not the footer's start). Missed:
  "Russian News Agency"/"EN" and "Global Times"/"CHINA" taken as a byline
  (a name over an outlet line must be a person's, the outlet line longer than
  a language code), the masthead "Xinhua" read as an agency byline, "0 Persons".
- `blind74`: blogs and newsletters (Substack, Blogger, Ghost, Medium, a
  Tumblr-like page, LinkedIn), scored once: P 1.000 R 0.964 (107 of 111).
  Missed: a blog's tagline among its menus, taken as the title (a line with
  a removed line under it gives way to a later headline over its metadata or
  the story), "Agree & Join LinkedIn" (the same, and a sign-in wall rule),
  "No spam. Unsubscribe anytime.", a Medium profile's tagline (left alone).
- `blind75`: US local TV and newspaper pages (Nexstar, Sinclair, Gray, Hearst,
  Lee), scored once: P 1.000 R 0.883 (83 of 94; 0.902 once an "Updated" time
  line and a headline printed twice were labelled metadata). Missed: a search
  box's prompt, "WATCH LIVE: Noon newscast", share icons run together
  ("Facebook Share IconTwitter Share Icon..."), "Loading ...", "Share on X
  (formerly Twitter)", a caption ending "Name/Staff photographer", a CMS's
  "You are the owner of this article.", a newsletter box's heading and its
  consent line. Scoring it showed that the evaluation never looked at
  metadata lines left in the text (a second date line, a name and role line,
  a dateline over the date line); `python -m benchmarks.clean_eval` now counts
  short metadata lines left as a paragraph of the text (112 of 1,411 before
  the fixes this prompted, most of the rest standfirsts).
- `blind76`: Gulf and Arab state news agencies (KUNA, WAM, SPA, QNA, Petra,
  INA), scored once: P 1.000 R 1.000 (61 of 61). Its metadata showed a
  numeric date with dashes ("18-01-2024") unread, "17:04 PM" taken for an
  American clock (month first), and a dated dateline dropped as a second date.
- `blind77`: broadcast transcripts and a podcast page (CNN, NPR, PBS NewsHour,
  BBC Sounds), scored once: P 0.944 R 0.981 (51 of 52). Lost: the speaker
  label "Amna Nawaz:" under the headline, taken for navigation (a person's
  name with a colon is now spared), and a transcript's "[10:00:00]" and
  "(COMMERCIAL BREAK)", labelled body when written; they are stage
  directions, not text, and are labelled boilerplate since (P 0.981 R 0.981
  at first contact with that label). Missed: "Available for over a year".
  The podcast's title is still wrong ("BBC Sounds": short titles, left alone).
- `blind78`: one story each on MSN, Yahoo, NewsBreak, an AMP page and
  Flipboard, scored once: P 1.000 R 0.939 (46 of 49). Missed: "Terms/Privacy
  Policy", "Privacy Dashboard", and a recommended story's one-sentence summary
  at the very end (a teaser with a sentence under it reads as an inline
  teaser, the story going on; requiring more story under it lost three real
  closing sentences, so it stays). Metadata: "• 2h • 2 min read" left in the
  text, "The Herald-Dispatch" read as a place-agency dateline.
- `blind79`: a new story (Kurdish oil exports through Turkey resume) in the
  sample bundle's five site styles, furniture reworded, scored once: P 0.933
  R 1.000 (28 of 28); the two lost lines were a wire reporting credit left
  unlabelled by mistake: labelled boilerplate, as in the sample's gold, the
  set scores P 1.000 R 1.000 (30 of 30). Metadata: "BAGHDAD/ANKARA (Reuters) -"
  was not read as a dateline.
- `blind80`: comment sections (Disqus, WordPress, a news site's own, a
  Reddit-like thread), scored once: P 1.000 R 0.975 (79 of 81). Missed: two
  readers' comments under a "Comments (3)" heading, read as an inline
  teaser's end and the story going on (under a comments heading the story
  now goes on only when two story sentences follow).
- `blind81`: live and breaking pages (Guardian and Al Jazeera live blogs, an
  AP breaking story), scored once: P 1.000 R 0.929 (26 of 28). Missed: "This
  blog is now closed.", "These were the updates on ...". A later entry's
  time ("3 Feb 2024 01:20 GMT") stayed in the text: a line that is only a date
  below the header now goes (`timestamp`).
- `blind82`: newsletters as e-mailed (Axios, Substack, Politico), scored
  once: P 0.960 R 0.686 (24 of 35). Two section heads of a newsletter
  ("1 big thing: ...", "2. Baghdad urges restraint") had been labelled
  boilerplate by mistake, and a newsletter's greeting ("Good afternoon, this
  is Matt Berg.") body, against blind20's label: relabelled, first contact is
  P 1.000 R 0.735 (25 of 34). Missed: a word count and read time, "Go
  deeper", advertisers' lines ending "Learn more.", "With help from ...",
  "Don't miss ... newsletter", "This email was sent to ...". Left alone: an
  advertiser's "A message from Acme Energy" and its slogan.
- `blind83`: one Kurdistan election story on Asharq Al-Awsat, Middle East
  Monitor, The New Arab, Amwaj.media, Kurdistan Chronicle, scored once:
  P 1.000 R 0.932 (41 of 44). Missed: a caption closing "... al-Sudani.
  (Iraqi PM's Office)", "Keep up to date on the latest news from the region,
  The New Arab style.", and the masthead "Kurdistan Chronicle" taken as the
  title over a three-word headline (a short headline right over its byline
  or date now comes first). Metadata: "Baghdad - Fadhel al-Nashmi" gives the
  byline.
- `blind84`: energy trade pages (ETEnergyWorld, Argus, Oilprice with its
  price ticker, Rudaw business), scored once: P 1.000 R 0.956 (43 of 45).
  Missed: two ticker prices alone on their lines ("64.52"); the ticker's
  lines also pushed the byline-and-date line out of the header area.
- `blind85`: markets and business pages carrying Reuters (Investing.com,
  Zawya, MarketWatch, Business Recorder), scored once: P 1.000 R 0.947 (36 of
  38). Missed: a data vendor's "Fusion Media would like to remind you ..."
  and Zawya's masthead tagline "by LSEG" (taken for a byline; left alone).
- `blind86`: UN agencies and NGOs on one drought story (UNICEF, WFP, IOM,
  NRC), written after the second phrase audit, scored once: P 1.000 R 1.000
  (51 of 51); blind47's humanitarian pages had scored 0.741. Metadata:
  "BAGHDAD, 15 August 2025 –" (a dateline ending in a year) stayed in the text.
- `blind87`: a precision check, stories whose lines look like furniture (an
  explainer's question subheads and bullets, a Q&A, a league table, a quoted
  line of poetry) and no boilerplate at all, scored once: 6 body lines lost,
  all in one shape: a short closing sentence ("Iraq play Vietnam on
  Wednesday.") does not count as the story's last line, so the table and the
  one-word subhead above it went as footer fragments. Two attempts to count
  short closing sentences (as the last article line, or as the story resuming
  under the fragments) kept Medium's profile blocks and lost CoNLL tables.
  What went in instead is narrower: numbered or bulleted list items, and the
  line ending in ":" that introduces them, stay when a short story sentence
  follows them (and header navigation spares a line ending in ":" over a list
  item). The one-word "Photography" line is still lost.
- `blind88`: another new story (Mosul's Al-Nuri mosque reopens) in the
  sample bundle's five styles, scored once: P 0.964 R 0.964 (27 of 28). In the
  table dump: a caption wrapped over two lines whose second line ends in the
  credit kept its first half, and a two-line closing paragraph (a first line
  opened by a space, its wrap by tabs) went as footer fragments. Both joins
  are now made (same tab indent and a credit after a full stop; a space-opened
  line that ends no sentence over a tab-indented one).
- `blind89`: a third new story (Iraq's national oil company law) in the
  sample bundle's five styles, written after blind88's fixes, scored once:
  P 1.000 R 1.000 (28 of 28).
- `blind90`: a fourth new story (Baghdad pays Kurdistan's salaries) in the
  sample bundle's five styles, furniture reworded again ("More stories from
  Qonversations", "You may also like", "Subscribe To Our Daily Newsletter"),
  written in session 7 and scored once: P 1.000 R 1.000 (39 of 39).
- `blind91`: African English-language sites (Premium Times, Punch, Daily
  Nation, News24, AllAfrica), scored once: P 1.000 R 0.842 (48 of 57); 0.906
  (48 of 53) once four summary bullets were labelled metadata, `@@M`, as every
  set labels them. Missed: "In Summary:", News24's comment policy ("...
  Contributions of 200 words or more will be considered for publication.")
  that read as the last article line and shielded "Join the conversation!" and
  the site's pitch above it, and AllAfrica's disclaimer paragraph.
- `blind92`: British tabloid and London pages (Mirror, Express, Metro, Evening
  Standard), scored once: P 1.000 R 0.767 (46 of 60); 0.800 (44 of 55) once
  four byline and date lines were labelled metadata and a body line written
  twice by mistake was deleted. Missed: Metro's "MORE: headline" teasers and
  its footer ("Get in touch with our news team by emailing us at ...", "For
  more stories like this, check our news page.", a reCAPTCHA notice that read
  as the last article line), an "Arrow" icon label, the Express's print-edition
  pitch, a sign-up form's consent box. Metadata: the Mirror's "Comments" button
  over the byline cut the byline and date as a comments block; the Standard's
  bare name over "2 minutes ago" was dropped as navigation.
- `blind93`: Israeli sites (Times of Israel, Jerusalem Post, Haaretz, Ynet),
  scored once: P 0.978 R 0.936 (45 of 47); 1.000 / 0.938 (45 of 48) once a
  "|" line written "@@M|" by mistake was labelled boilerplate. Missed: the
  Times of Israel's newsletter box between paragraphs ("Get The Times of
  Israel's Daily Edition by email and never miss our top stories",
  "Newsletter email address", "GET IT"). Metadata: Ynet's "Published:
  03.18.24, 09:42" (a two-digit year) is not read; left alone.
- `blind94`: government and military press pages (defense.gov, state.gov,
  CENTCOM, GOV.UK), scored once: P 1.000 R 0.890 (73 of 82). Missed: the US
  government banner over every .gov page ("An official website of the United
  States Government", "Secure .gov websites use HTTPS", ...), which also
  became the title, "IMMEDIATE RELEASE", GOV.UK's second cookie sentence and
  "The following links open in a new tab". Metadata: the spokesperson under
  the headline was dropped as navigation, "Copyright Information" named the
  site "Information".
- `blind95`: Iranian sites in English (Tehran Times, Mehr, Tasnim, Iran
  International), scored once: P 1.000 R 0.935 (43 of 46); 0.977 (43 of 44)
  once two copies of a lead printed twice were labelled as every set labels a
  headline printed twice (the header's copy metadata, the story's copy body).
  Missed: "Story Code : 2023456". Also seen: the lead printed over the story
  stayed twice in the text, and the writer's bare name under the date
  ("1/20/2024" / "Maryam Sinaee") was dropped as navigation.
- `blind96`: Pakistani sites (Dawn, Geo, ARY, Arab News Pakistan), scored
  once: P 1.000 R 0.939 (31 of 33). Missed: a pull quote printed over the
  sentence it repeats, and a share count ("0") that is the eleventh line of the
  header, past the header area (left alone).
- `blind97`: Asian news agencies' own pages (Bernama, Kyodo, Yonhap, ANI),
  scored once: P 1.000 R 0.900 (27 of 30). Missed: Bernama's self-description
  (longer than the outlet-blurb rule allowed) and the "-- BERNAMA" sign-off it
  shielded, Yonhap's copyright notice in angle brackets. Metadata: Kyodo's
  sections after its date ("| World, All") were taken for the site.
- `blind98`: Canadian and Australian broadcasters (CBC, Global News, ABC,
  SBS), scored once: P 1.000 R 0.962 (51 of 53). Missed: "Open Image in Full
  Screen Mode", "Help keep family & friends informed by sharing this article".
  Metadata: three bylines stayed in the text ("Murray Brewster · CBC News",
  "By Rachel Gilmore · Global News", "By defence correspondent Andrew Greene").
- `blind99`: a fifth new story (blackouts after Iran cuts gas) in the sample
  bundle's five styles, furniture reworded ("Also read :", "ALSO READ -",
  "Recommended for you", "Photo above:", a donation plea), scored once: P
  1.000 R 1.000 (33 of 33).
- `blind100`: European broadcasters' English pages (France 24, DW, Euronews,
  RFI), scored once: P 1.000 R 1.000 (36 of 36). Metadata: DW's "01/12/2024"
  over "January 12, 2024" was read as 1 December (fixed: a numeric date either
  way round gives way to the same date with its month named).
- `blind101`: US network pages (Fox News, ABC News, CBS News, CNN), scored
  once: P 1.000 R 0.882 (30 of 34); 0.900 (27 of 30) once Fox's date line and
  CNN's dateline split over three lines were labelled metadata. Missed: a
  video's title under a bare "video" label (taken as a menu word), "Fox News
  Flash top headlines are here. Check out what's clicking on Foxnews.com.",
  "Add CBS News on Google". Metadata: ABC's "ByMorgan Winsor and Luis
  Martinez" (no space after "By") stayed in the text.
- `blind102`: Syrian and Lebanese sites (SANA, Enab Baladi, North Press,
  Naharnet), scored once: P 1.000 R 0.929 (26 of 28); 0.963 (26 of 27) once
  Enab Baladi's "outlet – place" dateline was labelled metadata. Missed: SANA's
  lead printed three times (twice over the story). Metadata: "2024/01/25" (a
  year-first date with slashes) was not read.
- `blind103`: pages as a reader tool turns them into markdown (Jina Reader's
  "Title:", "URL Source:", "Markdown Content:" header, links and images in
  markdown) from Rudaw, Arab News and The National, scored once: P 1.000 R
  0.971 (34 of 35). Missed: a teaser that is one markdown link on its own line
  between paragraphs. Metadata: the title kept its "Title: " label, so the
  heading under it stayed in the text.
- `blind104`: Turkish sites in English (TRT World, Turkish Minute, bianet),
  scored once: P 0.947 R 0.947 (18 of 19). Lost: bianet's last sentence, taken
  for a caption over the editors' initials "(HA/VK)" read as a photo credit.
  Missed: "* Bu haberin Türkçesi için tıklayın." (the story in Turkish).
- `blind105`: more British tabloid and regional pages (The Sun, Daily Record,
  Manchester Evening News), written to test whether blind92's fixes hold for
  the family, scored once: P 1.000 R 0.900 (36 of 40); 0.892 (33 of 37) once
  two "Updated" time lines and the header's copy of a lead were labelled
  metadata. Missed: an inline "MOST READ IN NEWS" block (the heading and two
  headlines), "Our MEN newsletter is packed with the latest news, sport and
  what's on". The sign-up boxes blind92 taught were all removed.
- `blind106`: Asian English-language papers (South China Morning Post,
  Straits Times, Japan Times), scored once: P 1.000 R 0.958 (23 of 24); 0.955
  (21 of 22) once an "Updated" time line and the header's copy of a lead were
  labelled metadata. Missed: the Japan Times' "In a time of both
  misinformation and too much information, quality journalism is more crucial
  than ever." over its subscription plea.
- `blind107` (session 8): Indian sites (Times of India, Hindustan Times, Mint,
  NDTV, The Hindu, Indian Express), scored once: P 1.000 R 0.937 (74 of 79).
  Missed: two breadcrumbs ending in the headline (which also became the
  title), "Read this news in brief form", "Oops! Something went wrong. Please
  try again." and "The Indian Express is now on WhatsApp. Click here to join
  our channel ...". TOI's "TOI World Desk / TIMESOFINDIA.COM / Updated: ..."
  was left in the text.
- `blind108`: Ukrainian and Russian independent sites in English (Kyiv
  Independent, Ukrainska Pravda, The Moscow Times, Meduza, Kyiv Post, Novaya
  Gazeta Europe), scored once: P 1.000 R 0.771 (37 of 48); 0.804 (37 of 46)
  once Ukrainska Pravda's "Background:" and its sentence were labelled body
  (the reporter's context, like its "Details:" and "Quote:"). Missed: The
  Moscow Times' letter to readers ("A Message from The Moscow Times:" /
  "Dear readers," / four paragraphs of plea, "Remind me later."), its "Read
  more about: Belgorod , Drones", the Kyiv Independent's "Ukraine war latest:
  ..." teaser and "We've been covering the war since day one. Help us keep
  going." over its membership plea.
- `blind109`: US papers (New York Times, Washington Post, Wall Street
  Journal, Los Angeles Times, Boston Globe, Politico), scored once: P 1.000
  R 0.925 (62 of 67). Missed: "Skip to site index", "Listen to this article
  · 6:04 min Learn more", "See more on: ...", "Share via Close extra sharing
  options" and the Post's motto "Democracy Dies in Darkness" (also taken as
  the title).
- `blind110`: a new story (Iraq's parliament elects a speaker) on Iraqi and
  regional sites (INA, The New Region, Amwaj.media, The Cradle, Middle East
  Eye, The Arab Weekly), scored once: P 1.000 R 1.000 (33 of 33).
- `blind111`: aggregators and republishers (ReliefWeb, Ground News,
  AllAfrica, Eurasia Review, Big News Network), scored once: P 1.000 R 0.679
  (38 of 56); 0.720 (36 of 50) once Eurasia Review's date and author lines,
  AllAfrica's first date and source and Ground News's one-sentence summary
  were labelled metadata. Missed: Ground News's widgets (article count, bias
  distribution, "Sort by:", "Reposted by 2 other sources", "Insights by
  Ground AI", "Does this summary seem wrong?", "Published loading..."), five
  of them as one hard-wrapped paragraph of narrow lines; ReliefWeb's "Origin"
  / "View original"; an institution's self-description under its name after
  a republished release. The fixes also took blind45's Ground News page from
  0.822 to 0.978.
- `blind112`: British and Irish papers (The Telegraph, The Times, the i, the
  FT, The Irish Times, RTÉ) on one story (strikes on the Houthis), scored
  once: P 1.000 R 1.000 (40 of 40).
- `blind113`: Latin American English-language sites (MercoPress, Buenos Aires
  Times, Mexico News Daily, The Rio Times, The Tico Times, Colombia Reports),
  scored once: P 1.000 R 0.980 (48 of 49). Missed: MercoPress's clock over
  the headline ("Montevideo, November 27th 2024 - 11:05 UTC"), which was
  also read as the date, the article's own date under the headline dropped.
- `blind114`: science-news pages (phys.org, ScienceDaily, EurekAlert, New
  Scientist, Live Science) on one study, scored once: P 1.000 R 0.667 (40 of
  60); 0.689 (42 of 61) once phys.org's date over the headline was labelled
  metadata and two type labels ("News", "Peer-Reviewed Publication")
  boilerplate. Missed: phys.org's editorial-review box and its closing
  "More information:", "Provided by", "Citation: ... retrieved ... from" and
  copyright notice; ScienceDaily's "Story Source:", "Journal Reference:" and
  "Cite This Page:" sections; a caption ending "Credit: ..." rejoined with
  the "edited by ..." line under it; Live Science's affiliate note.
- `blind115`: South Asian papers (The Daily Star, Dhaka Tribune, bdnews24,
  The Kathmandu Post, Daily Mirror Sri Lanka), scored once: P 1.000 R 0.971
  (33 of 34). Missed: a pull quote that rewords a sentence of the story
  rather than repeating it (no text test can tell it from the story).
  "Staff Correspondent" was not read as a byline; it is now.
- `blind116`: one story as text extractors leave it (lynx -dump with its
  numbered references, html2text markdown, pdftotext with running heads, a
  forwarded e-mail, w3m with box drawing), scored once: P 0.976 R 0.953 (41
  of 43). Lost: the last line of a PDF paragraph ("Energies CEO Patrick
  Pouyanné."), joined to the page's footer under it because that starts in
  lowercase ("www.mees.com © MEES, ..."). Missed: the running head of the
  next page ("4 MEES | 7 April 2023") and a caption in markdown italics.
  The running-head fix also took blind20's PDF report to 1.000.
- `blind117`: small and partisan sites carrying wire copy (an old CMS's
  tab-indented table dump like the sample's, ZeroHedge, Breitbart, The
  Defense Post, Al Mayadeen English, Antiwar.com), scored once: P 1.000 R
  0.912 (31 of 34); 0.914 (32 of 35) once Breitbart's photo credit was
  labelled boilerplate. Missed: "Loading recommendations...", "View all posts
  by Kyle Anzalone" and "Antiwar.com is a project of the Randolph Bourne
  Institute.".
- `blind118`: the wire services' own pages (AP, Reuters, AFP, UPI, Anadolu)
  on one story, scored once: P 1.000 R 0.975 (39 of 40); 0.974 (38 of 39)
  once Anadolu's "ANKARA" was labelled metadata (a dateline). Missed: AP's
  "Zahra covers Iraq for The Associated Press." under the byline "BY QASSIM
  ABDUL-ZAHRA" (the bio names the last part of the surname).
- `blind119`: more Indian sites (Firstpost, News18, ThePrint, WION, Scroll),
  written to test whether blind107's fixes hold, scored once: P 1.000 R
  0.970 (32 of 33): they held (WhatsApp and Google News pointers, desks).
  Missed: "Text Size:". News18's "Curated By : World Desk" was taken as the
  title; "Curated By" and "Edited By" now sign a byline.
- `blind120`: more aggregators and science pages, written to test blind111's
  and blind114's fixes (Medical Xpress, Mirage News, AllSides, Newser, The
  Week), scored once: P 1.000 R 0.886 (31 of 35), the same once Medical
  Xpress's date over the headline was labelled metadata and AllSides'
  "Summary from the AllSides News Team" boilerplate. The Science X fixes
  held. Missed: "Summary from the AllSides News Team", Newser's "(Read more
  Iraq stories.)", The Week's two consent boxes under its sign-up form.
  Newser's title-case headline was dropped as a menu; a title-case line with
  a verb or preposition ("Are", "To") is a headline now.
- `blind121`: defence trade press (Defense News, Breaking Defense, The War
  Zone, Janes, Military Times), scored once: P 1.000 R 0.800 (20 of 25).
  Missed: two captions credited without an agency's name ("... (Sgt. 1st
  Class Ryan Matson/U.S. Army)", "... (Iraqi Ministry of Defence)"), a
  "Featured Video" label with its title between paragraphs, Janes' "Want to
  read more? ... please enquire about our defence intelligence services.".
  The last caption, credited to a ministry without a slash, was fixed in
  session 10 (blind138's ministry credits).
- `blind122`: Gulf papers and agencies on one story (Saudi Gazette, Arab
  News, Kuwait Times, Oman Observer, Bahrain News Agency), a family seen in
  blind56-58 and blind76, scored once: P 1.000 R 0.966 (28 of 29). Missed:
  Arab News's "Short Url" button, also taken as the byline.
- `blind123` (session 9): fact-checkers on one claim (PolitiFact, Snopes, AFP
  Fact Check, Full Fact, Reuters Fact Check, Logically Facts), scored once:
  P 0.957 R 0.703 (47 of 64) as written; two box labels over the verdict
  ("What was claimed", "Our verdict") had been written as body, and Snopes'
  claim box is a summary like Logically's (metadata): corrected, P 1.000
  R 0.742 (49 of 66). Missed: a donation box over the headline (also taken
  as the title), "Sources" lists after the story, a box's labels ("About this
  rating", "If Your Time is short"), a screenshot's caption, the site's
  mission ("Full Fact fights for ...") and "This article is part of our
  work ...", a plea whose scare quotes read as a quotation.
- `blind124`: health-news pages (STAT, Medical News Today, CIDRAP, Health
  Policy Watch, Fierce Healthcare, MedPage Today), scored once: P 1.000
  R 0.855 (53 of 62) as written; CIDRAP's byline is printed twice and the
  second copy, with the writer's role, was taken as the byline: with that
  copy labelled metadata, R 0.869 (53 of 61). Missed: STAT+'s paywall
  ("Unlock this article ...", "View All Plans", "STAT+ Exclusive Story"), a
  bio naming the writer by first name ("Andrew covers ..."), a contents menu
  under the headline that runs past the header area, "Design by MNT;
  Photography by Getty Images".
- `blind125`: Russian and Ukrainian independents again (Novaya Gazeta Europe,
  The Insider, Kyiv Post, Ukrinform, RFE/RL, Meduza), a retest of blind108's
  family, scored once: P 1.000 R 0.867 (39 of 45). Missed: The Insider's
  foreign-agent notice, Ukrinform's citation terms, Kyiv Post's correction
  box under an imperative plea ("Support independent Ukrainian journalism."),
  Meduza's "Here's how to read us without a VPN."; Meduza's time over its
  date was left in the text.
- `blind126`: tech-news pages (The Verge, TechCrunch, Ars Technica, WIRED,
  Rest of World, The Register), scored once: P 1.000 R 0.881 (52 of 59).
  Missed: affiliate notes that name the site ("Vox Media may earn a
  commission", "Ars Technica may earn compensation"), a newsletter's blurb in
  its sign-up box, WIRED's priced offers ("Get WIRED for just $5."), and two
  short lines above the affiliate note at the end.
- `blind127`: climate and environment pages (Carbon Brief, Inside Climate
  News, Grist, Mongabay, Climate Home News, Dialogue Earth), scored once:
  P 1.000 R 0.765 (39 of 51) as written; Mongabay's three summary bullets
  had been written as boilerplate, not as a summary (metadata): corrected,
  R 0.812 (39 of 48). Missed: "We want to hear from you" over the headline
  (also taken as the title), Grist's blurb over the story and "Grist thanks
  its sponsors. Become one.", Mongabay's series label (taken as the title)
  and its commentary disclaimer, Dialogue Earth's republishing terms, Carbon
  Brief's newsletter promotion around its sign-up line (still missed).
  Grist's headline written as two sentences, with the writer over the rubric
  ("Jake Bittle" / "Climate Change" / date), gave the rubric as the title.
- `blind128`: defence trade press again (The Defense Post, Army Recognition,
  Airforce Technology, Korea Herald, Military+Aerospace Electronics, Shephard),
  a retest of blind121's family, scored once: P 1.000 R 0.923 (36 of 39).
  Missed: "Please sign in or register to continue reading", and a closing
  plea worded as a purpose ("To join the conversation, ... create an account
  today!") under "Voice your opinion!".
- `blind129`: legal news (JURIST, Courthouse News, Lawfare, Opinio Juris,
  Law360, EJIL: Talk!), scored once: P 1.000 R 0.850 (34 of 40). Missed:
  JURIST calling itself a "news and research service", a caption credited
  "(Wikimedia Commons via Courthouse News)", "Published by The Lawfare
  Institute in Cooperation With Brookings" on one line, a bracketed bio under
  the byline, "--Editing by Jill Coffey.", the masthead "EJIL: Talk!". Law360's
  "Law360 (September 6, 2023, 5:41 PM EDT) --" was not read as a dateline;
  Opinio Juris' "15.09.23 | by Ahmed Karim" (a two-digit year) is still not read.
- `blind130`: religious news (Catholic News Agency, Vatican News, Religion
  News Service, Christianity Today, AsiaNews, Aleteia), scored once: P 1.000
  R 0.920 (46 of 50). Missed: "Our mission is the truth. Join us!" over a
  donation plea, "Listen to our report", a newsletter's name in quotes read
  as a quotation ("\"ECCLESIA IN ASIA\" IS THE NEWSLETTER OF ASIANEWS."), which
  stopped the footer walk above "Send"; "Aleteia - published on 07/20/23" (a
  two-digit year beside the site's name) was left in the text.
- `blind131`: business and finance pages (Bloomberg, CNBC, MarketWatch,
  Business Insider, Financial Times, Barron's), scored once: P 1.000 R 0.902
  (37 of 41). Missed: MarketWatch's terms ("By using this site you agree
  ...") and data notice ("Intraday Data provided by FACTSET ..."), the FT's
  trial prices ("Only $1 for 4 weeks", "Then $75 per month ..."). Bloomberg's
  two writers named bare over the date were left in the text.
- `blind132`: film and entertainment pages (Variety, The Hollywood Reporter,
  Screen Daily, Deadline, RogerEbert.com, IndieWire), scored once, after a
  generic change (a sentence naming the site by its masthead, after the
  story, is footer): P 1.000 R 0.935 (43 of 46). Missed: "Courtesy of Cannes
  Film Festival" credits without a colon, and a caption written as a
  sentence ("Banin Ahmad Nayef in 'The President's Cake.'") over one.
- `blind133`: posts copied from social networks and messaging apps (a
  Telegram channel, an X post, a Facebook page, LinkedIn, Reddit, a WhatsApp
  channel), scored once: P 1.000 R 0.878 (43 of 49). Missed: the chrome over
  a post with no headline ("Post", "See new posts", "Conversation", a
  WhatsApp channel's "Channel" / "The National"), "Forwarded from Shafaq
  News", the Telegram channel's name (taken as the title). Still missed: the
  WhatsApp channel's lines (its post is too short to count as a story) and
  the Telegram channel's name.
- `blind134`: a new story (Iraq's 2024 census) on Iraqi and Kurdish sites
  (Shafaq News, Rudaw, Kurdistan24, The New Region, INA, 964), the sample
  bundle's own family, scored once: P 1.000 R 0.970 (32 of 33). Missed: a
  caption credited to an outlet whose name is a number ("Photo: 964").
- `blind135`: fact-checkers again (FactCheck.org, Misbar, Lead Stories,
  Africa Check, Check Your Fact), a retest of blind123's family, scored once:
  P 1.000 R 0.839 (26 of 31) as written; Lead Stories' question-and-answer
  summary is a summary (metadata), not boilerplate: corrected, R 0.867 (26 of
  30). Missed: the labels "Full Story" and "Fact Check:". Still missed:
  Misbar's "Emblematic Of Misbar's Verification", and Africa Check's slogan
  "Sorting fact from fiction" right over the headline, taken as the title.
- `blind136`: sports pages (ESPN, BBC Sport, Goal, Sky Sports, beIN SPORTS),
  partly a retest of blind32's sites, scored once: P 1.000 R 0.878 (43 of 49)
  as written; Goal's subheads ("WHAT HAPPENED?", "THE BIGGER PICTURE:",
  "WHAT NEXT?") are the story's subheads, not boilerplate: corrected, R 0.935
  (43 of 46). Missed, and left: BBC Sport's photo caption under "Comments"
  (no credit), and two short sentences of its match widgets after the story
  ("Iraq 32%, Japan 68%.", "Match ends, Iraq 2, Japan 1."): a short sentence
  in the footer is kept, as a story's closing line under a table would be.
- `blind137`: higher-education news (University World News, Times Higher
  Education, Al-Fanar Media, Inside Higher Ed, QS), scored once: P 0.977
  R 0.935 (43 of 46). Lost: "The University of Baghdad is the country's
  highest-ranked institution.", read as a publisher describing itself (fixed:
  a rank with a possessive needs a news outlet or a "we" to be a blurb).
  Missed: Al-Fanar's motto over the headline (taken as the title; fixed with
  Africa Check's in blind135 and Hespress' in blind67), THE's "Why
  register?" and Inside Higher Ed's "You have /5 articles left." (fixed in
  session 10).
- `blind138`: maritime and shipping trade press (Lloyd's List, gCaptain,
  Splash247, The Maritime Executive, TradeWinds, Hellenic Shipping News),
  scored once: P 1.000 R 0.950 (76 of 80). Missed: gCaptain's "Unlock
  Exclusive Insights Today!", Splash247's bio box ("Sam Chambers" over
  "Starting out with ..., Sam Chambers became editor of ..."), and a caption
  ending in the ministry that handed out the photo ("(Iraqi Ministry of
  Transport)"); gCaptain's byline and dateline under the lead photo, below a
  long menu, fell outside the header area. All fixed.
- `blind139`: aviation news (Simple Flying, AeroTime, Aviation Week, Airways
  Magazine, ch-aviation), scored once: P 1.000 R 0.955 (63 of 66) as written;
  Simple Flying's question subhead ("What does the EU ban mean?") is the
  story's, not boilerplate: corrected, R 0.969 (63 of 65). Missed: ch-aviation's
  airline tag over the headline ("Iraqi Airways (IA, Baghdad International)",
  taken as the title; fixed: a name with a code in brackets is an
  organisation's), and the teaser sentence under Simple Flying's "Related"
  headline above the story (left: it reads as a short lead).
- `blind140`: arts and heritage news (The Art Newspaper, Hyperallergic,
  Smithsonian, Archaeology, ARTnews), scored once: P 0.981 R 0.981 (51 of 52).
  Lost: Archaeology's closing sentence ("Four basins used for ritual washing
  were also found.") over a lone "(Courtesy UNESCO)", read as its caption
  (fixed: a sentence adding to the story with "also" is no caption). Missed:
  Smithsonian's caption with its credit glued on ("... under reconstruction
  UNESCO"; fixed).
- `blind141`: think tanks again (Washington Institute, Carnegie, Chatham House,
  ISW, CSIS), scored once: P 1.000 R 0.796 (43 of 54). Missed: the
  institute's name (and its centre's, and a menu of names) over the headline,
  taken as the title; Chatham House's writer over a long role line; ISW's
  dated report title ("Iran Update, January 16, 2024") read as a date, and its
  list of five writers; a postal address, a registered-charity line and a
  "Click here to see ..." line in the footers. Fixed but for ISW's
  "Information cutoff: 2:00 pm ET" and its project blurb over the story.
- `blind142`: European public broadcasters in English (SWI swissinfo.ch, Yle
  News, ERR News, Radio Prague International, Polskie Radio), scored once:
  P 1.000 R 0.878 (36 of 41) as written; ERR's rubric under the headline is a
  section label (boilerplate), not metadata: corrected, R 0.881 (37 of 42).
  Missed: swissinfo's tagline under the masthead, taken as the title (its
  agency byline "Keystone-SDA/sb" and the label "This content was published
  on" over the date were not read as metadata); its player's "Listening:
  <headline>"; "Photo illustrative: ..."; the editor's initials "gs" and a
  registered office's address. All fixed.
- `blind143`: development and agriculture news (World Grain, Devex, Circle
  of Blue, FAO, IFPRI), scored once: P 1.000 R 0.810 (34 of 42). Missed:
  Devex's byline and date split by "//" (so its "Devex Pro" / "Free to read"
  labels, the printing notice and the bio after the story stayed too), "Visit
  Devex's Climate Change hub for more ...", a caption credited "Photo ©
  ...", a plea for a "tax-deductible donation", and Circle of Blue's closing
  line about what it provides. All fixed.
- `blind144`: EU institutions (EEAS, European Commission, European Parliament,
  EIB), scored once: P 1.000 R 0.807 (46 of 57) as written. Corrected: the
  Commission's "Quotes:" and "Background" sections are the release's text
  (put back in their page order) and the EIB's two highlights under the
  headline are a summary (metadata): R 0.942 (49 of 52). Missed: the EU
  delegation's name over the headline (taken as the title), the rubric
  "Statements by the Spokesperson" (read as the byline's role), and the EIB
  arm describing itself under "Background information". All fixed.
- `blind145`: Gulf newspapers (The Peninsula, Gulf Times, Gulf Daily News,
  Muscat Daily, Arab Times), scored once: P 1.000 R 0.938 (45 of 48).
  Missed: Gulf Times' lead photo caption that says nearly what the lead says
  (fixed: a sentence over the lead sharing 70% of its words goes, as does a
  summary repeating the lead after a dateline), Arab Times' "Arab Times is
  Kuwait's first English language daily newspaper ..." (fixed), and The
  Peninsula's caption under the date with no credit (left).
- `blind146`: Iranian outlets in English again (IFP News, IranWire, Kayhan
  Life, Iran Daily), scored once: P 1.000 R 0.900 (27 of 30). Missed: Kayhan
  Life's masthead and tagline repeated after the story over "Kayhan Life does
  not allow comments on its articles." (fixed).
- `blind147`: Pakistani outlets (The Nation, Pakistan Today, Daily Times,
  SAMAA, APP), scored once: P 1.000 R 0.897 (35 of 39). Missed: the byline
  "Staff Report" and its box after the story, Daily Times' motto "Your Right
  To Know" (taken as the title) and SAMAA's "Stay updated with the latest news
  ..., only on SAMAA TV." All fixed.
- `blind148`: Canadian and Australian outlets (CTV News, National Post,
  7NEWS, The Australian, Toronto Sun), scored once: P 1.000 R 0.935 (43 of
  46) as written; the Toronto Sun's deck under the date is a standfirst
  (metadata), not a caption: corrected, R 0.956 (43 of 45). Missed: "This
  report by The Canadian Press was first published Jan. 16, 2024." and
  Postmedia's "You can save this article by registering for free here."
  (both fixed).
- `blind149`: Malaysian outlets (New Straits Times, Malay Mail, Free Malaysia
  Today, The Edge Malaysia), scored once: P 1.000 R 0.938 (30 of 32). Missed:
  two captions ending in a dash and the source's "pic" ("... - NSTP file
  pic", "... — Reuters pic"); fixed.
- `blind150`: African outlets again (Vanguard, The Guardian Nigeria, The
  EastAfrican, Addis Standard, Sudan Tribune), scored once: P 1.000 R 0.875
  (28 of 32) as written; The EastAfrican's "By Reuters" under its summary is
  the byline (metadata): corrected, R 0.903 (28 of 31). Missed: "Kindly Share
  This Story:", a caption credited "FILE PHOTO | SHUTTERSTOCK", and Sudan
  Tribune's motto under the masthead (taken as the title); Vanguard's run-
  together "On 3:53 pmIn Business, Energyby Udeme Akpan" and a time alone
  under the date stayed as text. All fixed.
- `blind151`: Turkish outlets (Yeni Şafak, A News, Hürriyet Daily News, Duvar
  English), scored once: P 1.000 R 1.000 (30 of 30; 29 of 29 with the date
  printed after Hürriyet's story labelled metadata, as dates are).
- `blind152`: reading-app and clipper exports (an Obsidian clipping with YAML
  front matter, a Readwise export, an Evernote clip, an Instapaper page),
  scored once: P 1.000 R 0.917 (22 of 24) as written; the front matter's
  "description:" is a summary (metadata): corrected, R 0.957 (22 of 23).
  Missed: the front matter's title, author and description lines (taken as
  text; the list item under "author:" became the title) and Readwise's "-
  Full Title: ..." field. Fixed: front matter fenced by "---" or "+++" gives
  the title, author and date and goes whole as `front_matter`.
- `blind153`: Chinese outlets in English (China Daily, People's Daily Online,
  Caixin Global, ECNS), scored once: P 1.000 R 0.906 (29 of 32). Missed:
  "Share - WeChat", and Caixin's paywall ("... exclusive content is for
  subscribers only.", "Unlimited access to stories, newsletters, and
  in-depth reports."). All fixed.
- `blind154`: international finance institutions (IMF, World Bank, OPEC),
  scored once: P 1.000 R 0.935 (29 of 31). Missed: the World Bank's motto over
  a menu whose "Where We Work" read as a writer's name, and OPEC's full name
  over the headline, whose date sits three lines under it (both taken as the
  title). Fixed, with the release number ("Press Release No. 24/187") that
  the wider search then took for a headline.
- `blind155`: finance portals carrying wire stories (Nasdaq, Morningstar, Yahoo
  Finance, RTTNews, TradingView), scored once: P 1.000 R 0.842 (32 of 38) as
  written; Yahoo's "Reuters" under its masthead names the story's provider
  (metadata): corrected, R 0.865 (32 of 37). Missed: "Written by Reuters for
  Reuters ->", ticker boxes ("Related tickers", "BRN1!", "CL=F"'s label "In
  This Article:") and TradingView's not-advice disclaimer. Fixed but for "In
  This Article:", which heads a contents menu on other sites.
- `blind156`: embassies (the U.S. Embassy in Baghdad, the German and Japanese
  embassies, Iraq's embassy in Washington), scored once: P 1.000 R 0.931 (27
  of 29). Missed: the Iraqi embassy's name and city ("Washington, D.C.", whose
  initials read as a sentence's end) over the headline, taken as the title;
  fixed.
- `blind157`: a new story on Iraqi, Kurdish and regional sites (Shafaq News,
  Rudaw, Kurdistan24, The New Arab, Asharq Al-Awsat), the sample's family,
  scored once: P 1.000 R 1.000 (33 of 33).
- `blind158`: business news on Iraq (Iraq Business News, Iraqi News, MEED,
  AGBI), scored once: P 0.971 R 0.944 (34 of 36). Lost: Iraq Business News'
  last sentence over "(Source: CBI)", read as a caption over its credit
  (fixed: a source note in brackets names the story's source). Missed:
  "Please note that all comments are moderated by the editor ..." and "Read
  more from this author" (fixed).
- `blind159`: Arabic pages of Iraqi and Kurdish sites (Alsumaria, Shafaq News,
  Rudaw) on blind157's story, scored once: P 1.000 R 1.000 (20 of 20).
- `blind160`: newsletter platforms (beehiiv, Buttondown, a Mailchimp archive,
  Patreon), scored once: P 1.000 R 0.970 (32 of 33). Missed: "Enjoyed this
  issue? Forward it to a friend." (fixed).
- `blind161`: US local outlets on Iraqi Americans (The Detroit News, The Arab
  American News, WDET), scored once: P 1.000 R 0.909 (20 of 22). Missed: an
  audio player's length ("1:58") under "Listen", and WDET's "... What
  questions do you have about Metro Detroit? Ask us here." (both fixed).
- `blind162`: press-release wires (PR Newswire, Business Wire, GlobeNewswire,
  ACCESSWIRE, EIN Presswire), scored once: P 0.989 R 0.978 (87 of 89) as
  written; "Enquiries:" over the contacts is a box label (boilerplate) and EIN's
  lead after its dateline is the story: corrected, P 1.000 R 0.978 (88 of 90).
  Missed: "About the organisers" and its blurb (fixed). The wires' datelines
  ("/PRNewswire/ --", "--(BUSINESS WIRE)--", "/ ACCESSWIRE / July 15, 2024 /")
  were left in the lead, and the issuer under "News provided by" was taken as
  the title; both fixed.
- `blind163`: French, German, Spanish and Italian pages (Le Monde, DER SPIEGEL,
  EL PAÍS, ANSA, France 24), scored once: P 1.000 R 0.795 (62 of 78) as
  written; ANSA's time under its date is metadata: corrected, R 0.805 (62 of
  77). Missed: skip links, reading times, subscriber furniture ("Article
  réservé aux abonnés", "Offrir cet article", "Suscríbete para seguir
  leyendo"), share, print and comment buttons, a follow plea; Le Monde's
  "Par ... (Bagdad, envoyée spéciale)" and "Publié le ... à 05h30, modifié le
  ..." were not read as byline and date, so its skip link became the title;
  accented names ("Ángeles Espinosa") were no names; ANSA's "(ANSA) - BAGDAD,
  16 AGO -" was no dateline. All fixed.
- `blind164`: academic and op-ed commentary (The Conversation, Project
  Syndicate, LSE Middle East Centre Blog, Social Europe, Al Jazeera Opinion),
  scored once: P 1.000 R 0.921 (58 of 63) as written; Project Syndicate's
  "BAGHDAD –" alone on its line is a dateline (metadata): corrected, R 0.935
  (58 of 62). Missed: "X (Twitter)", a subscription pitch ("Access every new
  PS commentary, ... subscriber-exclusive content ..."), a bio with an
  appositive ("Ali Allawi, a former Iraqi finance minister, is a senior
  visiting fellow ...") and "This blog is part of the Conflict Research
  Programme." All fixed, with the writer under The Conversation's "Author"
  label and the dateline under a standfirst.
- `blind165`: military and defence pages (CENTCOM, DVIDS, NATO, Defense.gov,
  GOV.UK), scored once: P 1.000 R 0.899 (71 of 79) as written; CENTCOM's
  "TAMPA, Fla. –" alone on its line is a dateline (metadata): corrected, R
  0.910 (71 of 78). Missed: DVIDS' fields under the story ("Story ID:",
  "Location:", "Web Views:", "Downloads:", "PUBLIC DOMAIN"), its licence line
  and its credit-first caption ("Photo By ... | ..."), and Defense.gov's "Skip
  to main content (Press Enter)." All fixed; "Date Posted:" under the story is
  now the publication date.
- `blind166`: crypto news (CoinDesk, Cointelegraph, Decrypt, The Block,
  Bitcoin.com News), scored once: P 0.980 R 0.889 (48 of 54) as written;
  CoinDesk's "Edited by ..." after the story is a credit (boilerplate), not
  the story's: corrected, P 1.000 R 0.909 (50 of 55). Missed: "What to
  know:", view and share counts ("1842 Total views"), a privacy-policy update
  notice under a "Disclosure" label, and "Published 1 minute earlier on". All
  fixed. The summary bullets under "What to know:" / "Quick Take" stay in the
  text (metadata left alone: they read as the lead's sentences).
- `blind167`: video and photo pages (Al Jazeera, Reuters and BBC video, an AP
  gallery, Euronews), scored once: P 1.000 R 0.946 (53 of 56) as written;
  Reuters' script after "STORY:" is the story: corrected, R 0.964 (53 of 55).
  Missed: Al Jazeera's masthead, taken as the title (the headline under the
  player was read as the player's title and went), Reuters' "(SOUNDBITE)"
  cue. Fixed: a video page's headline under its player stays its title when
  its date is under it and no headline is above; "STORY:" is cut as a prefix
  (the first `strip_prefix` rule; the score no longer counts a cut prefix as
  a removed line).
- `blind168`: Japanese and Korean outlets (Yonhap, Kyodo, NHK WORLD-JAPAN, The
  Korea Herald, The Japan Times), a family seen before, scored once: P 1.000
  R 0.980 (50 of 51). Missed: a caption credited to a company "(Hyundai E&C)"
  (fixed). Kyodo's "KYODO NEWS - Sep 3, 2024 - 18:40 | World, All" now gives
  the date and the site (blind54's copy too).
- `blind169`: aggregator portals (MSN, NewsBreak, Head Topics, inkl, Opera
  News), scored once: P 1.000 R 0.894 (42 of 47) as written; MSN's "Story by
  Reuters" names the story's provider (metadata): corrected, R 0.913 (42 of
  46). Missed: Head Topics' tail after "Read more »" ("Similar News:", its
  blurb, a keyword line). Fixed; MSN's writer under "Story by Reuters" is now
  the byline (an agency's byline gives way to a writer's, not to an editor's).
- `blind170`: Hindi, Urdu, Persian, Turkish and Russian pages (BBC Hindi, BBC
  Urdu, BBC Persian, TRT Haber, Meduza), scored once: P 1.000 R 0.778 (28 of
  36). Missed: skip links, the Hindi also-read heading and its teaser, app
  and follow pleas, a publishing note, Persian and Turkish copyright lines;
  the Hindi skip link became the title (its date, "31 अक्टूबर 2024", was not
  read). Fixed, with month names in Hindi, Urdu, Persian and Russian, years in
  Persian, Arabic and Devanagari digits, and the danda and the Urdu full stop
  as sentence ends (without them a Hindi sentence was a link in a list).
- `blind171`: citizen media and investigative nonprofits (Global Voices,
  Wikinews, Bellingcat, OCCRP, ICIJ), scored once: P 1.000 R 1.000 (43 of 43).
- `blind172`: plain-text sources (a mailing-list archive, a feed dump, a
  ministry's statement, a Google Groups message, a PDF newsletter), scored
  once: P 0.963 R 0.765 (26 of 34) as written; the list message's subject is
  its title (metadata): corrected, R 0.788 (26 of 33). The archive's message
  was first written without the blank lines real archives keep between
  paragraphs; with them: P 0.963 R 0.818 (27 of 33). Lost: a wrapped
  paragraph's first line, whose second line is a single word (a two-line
  block was never judged hard-wrapped: fixed, when the text is wrapped at that
  width elsewhere). Missed: the archive's "Previous message:" / "Next
  message:" / "Messages sorted by:" lines and "An HTML attachment was
  scrubbed...", Google Groups' "Skip to first unread message" and footer, and
  the ministry's name over its statement (taken as the title). All fixed;
  "Mon Sep 9 10:14:22 UTC 2024" is now a date.
- `blind173`: legislatures (a senator's and a congressman's press pages, the
  Commons Library, Hansard), scored once: P 1.000 R 0.865 (45 of 52). Missed:
  the Commons Library's download box and its note to Members, Hansard's "View
  all ... debates", a sitting time ("3.31 pm") and its speaker labels
  ("Answered by" / "Luke Pollard (Lab)"). All fixed, with Hansard's date
  ("Volume 754: debated on Monday 30 September 2024") and the dateline
  "WASHINGTON, D.C. –".
- `blind174`: wire copy on republishing sites (MarketScreener, a hosted
  Reuters page in the sample's table layout, ZAWYA, Devdiscourse, Big News
  Network), close to the sample's family, scored once: P 1.000 R 0.953 (41 of
  43). Missed: the wrapped ends of two copyright notices ("reserved.]",
  "broadcast, rewritten or redistributed."); fixed.
- `blind175`: magazines (The Economist, The Atlantic, Foreign Policy, TIME, The
  New Yorker), a family seen before (blind58's US opinion magazines), scored
  once: P 1.000 R 0.909 (60 of 66). Missed: The Economist's section "Middle
  East & Africa" (taken as the title) and its audio note, The Atlantic's
  photographer's credit and AI-narration note, TIME's lead-photo caption and
  credit ("Hussein Faleh—AFP/Getty Images") between the headline and the
  byline, and The New Yorker's print-edition note. All fixed.

Session 12 (first contact, each set scored once before any change it prompted):
- `blind176`: celebrity and entertainment pages (People, TMZ, Variety,
  Billboard, E! Online): P 1.000 R 0.908 (69 of 76). Missed: a caption closed
  by "Courtesy of Tigris Films", a photo's bare title over its caption
  ("Kadim Al Sahir"), "Trending on Billboard" and the owner's note under it,
  E!'s "(E! and Bravo are both part of the NBCUniversal family.)" and "For
  more, watch the full interview above.", TMZ's "Hip Hop" menu item. All
  fixed but "Hip Hop" (a menu item shaped as a name, taken as the byline).
- `blind177`: weather and disaster pages (AccuWeather, weather.com, the Met
  Office, ReliefWeb, Al Jazeera): P 1.000 R 0.931 (81 of 87) as written, 0.964
  (81 of 84) corrected: weather.com's "At a Glance" bullets are a summary
  (metadata), first written as boilerplate. Missed: the "10 Day" forecast
  tab and weather.com's "does not necessarily represent the position of our
  parent company" note (fixed), ReliefWeb's "Originally published" label
  (left: past the header area, over a date a rule already took).
- `blind178`: space agencies and Earth-observation pages (NASA, ESA,
  SpaceNews, Space.com, Planet): P 1.000 R 0.914 (64 of 70) as written, 0.917
  (66 of 72) corrected (ESA's view and like counters are boilerplate, first
  written as metadata). Missed: NASA's image-and-story credit, ESA's "2 Tags",
  Space.com's "Jump to:" contents and Planet's "Connect with a member of our
  Sales team". All fixed.
- `blind179`: travel pages (CNN Travel, Lonely Planet, Skift, Time Out, Travel
  + Leisure): P 0.983 R 0.843 (59 of 70) as written, 0.881 (59 of 67)
  corrected (Skift's "Skift Take" summary and its signature are metadata, and
  "CNN —" alone is a dateline). Lost: Time Out's first story line, which
  starts with a brand in lower case ("flydubai will launch ..."), joined to the
  "Photograph: Shutterstock" credit over it (fixed: a credit is whole on its
  line). Missed: Lonely Planet's contents links, "Explore related stories" and
  the teaser under it, its "first published ... and updated" note and its
  mission statement. All fixed, and "CNN —" is taken as the dateline.
- `blind180`: Spanish-language wires and papers (EFE, Europa Press, Infobae,
  El País, RTVE): P 0.984 R 0.968 (61 of 63). Lost: Infobae's last story line
  over "(Con información de EFE y AFP)", read as its caption (fixed: that line
  credits the story). Missed: Europa Press's "Archivo - ..." caption and its
  "Europa Press/Contacto/..." credit (fixed), and its dateline alone on a line
  ("MADRID, 19 Nov. (EUROPA PRESS) -", read as the title; fixed: a month with a
  full stop after the day).
- `blind181`: police and courts (the Justice Department, the Metropolitan
  Police, Courthouse News, Law&Crime, the ICC): P 1.000 R 0.960 (48 of 50).
  Missed: the ICC's long press-contact line (fixed) and the Met's appeal
  ("Anyone with information should call 101 ..."), left: a news story carries
  the same sentence as its own.
- `blind182`: consumer tech and games (The Verge, Engadget, IGN, PC Gamer,
  Rest of World): P 1.000 R 0.937 (59 of 63) as written, 0.983 (59 of 60)
  corrected: Rest of World's three summary bullets are metadata, first written
  as boilerplate. Missed: Engadget's comment count "4" under its date, left.
  Engadget's date line ("Updated Sun, Aug 13, 2023, 1:31 AM UTC · 1 min read"),
  under a long header, is now the date.
- `blind183`: a new story in the sample's five styles: P 1.000 R 1.000 (23 of
  23).
- `blind184`: German and French pages (Der Spiegel, FAZ, Le Monde, France 24,
  tagesschau): P 1.000 R 0.912 (52 of 57). Missed: Spiegel's "Artikel zum
  Hören" and its lead caption over "Foto: ... / EPA" (the story's first
  paragraph under them is short), FAZ's caption ending "Bild: dpa" and its
  "Quelle: F.A.Z.", Le Monde's "Il vous reste 72.41% de cet article à lire".
  All fixed.
- `blind185`: transport trade press (Railway Gazette, Electrek, Autocar,
  Aviation Week, Lloyd's List): P 1.000 R 0.882 (45 of 51) as written, 0.900
  (45 of 50) corrected: "Electrek's Take" is the writer's own paragraph, body
  under a boilerplate heading. Missed: the heading, Electrek's FTC note, Aviation
  Week's "Subscription Required" box and the writer's name over his bio. All
  fixed.
- `blind186`: corporate newsrooms (TotalEnergies, Siemens Energy, Halliburton,
  Hyundai E&C, KBR): P 1.000 R 0.946 (53 of 56). Missed: TotalEnergies'
  "About" paragraph (the closing sections of a short release outweighed the
  release: now each section is judged up to the next one), Halliburton's "ABOUT
  HALLIBURTON" in capitals and the paragraph under it. All fixed, with the
  dateline "HOUSTON – November 20, 2024 –".
- `blind187`: print replicas and scanned pages (two e-paper pages, PressReader,
  an OCR scan, Magzter): P 0.917 R 0.815 (22 of 27) as written, 0.846 (22 of
  26) corrected: The Nation's "Lahore, Friday, November 22, 2024" is the
  issue's date (metadata). Lost: two lines of the scan's hard-wrapped story
  that open a sentence on a name ("The Kurdistan Regional Government" / "on
  Monday opened a 200-bed can-", read as a menu item; "Health Minister Saman
  Barzanji" / "said the hospital ...", read as a caption); fixed: a line that a
  sentence goes on from in lower case, over lines of three words or more, is
  the story. Missed: Magzter's edition note and free-trial pitch (fixed), two
  running heads with page numbers ("GULF NEWS | THURSDAY, NOVEMBER 21, 2024 |
  14" now gives the date and the site; "THE KURDISTAN CHRONICLE 3" is left, and
  taken as the title over the scan's two-line headline).
- `blind188`: archived copies (the Wayback Machine, archive.today, Google's
  cache, Ghostarchive, a reader view): P 1.000 R 0.865 (32 of 37). Missed:
  archive.today's capture time, "All snapshots from host ..." and "Buy me a
  coffee" (taken as the title), Google's cache banner and its search tip,
  Ghostarchive's "Archived: ..." line. All fixed.
- `blind189`: e-mailed newsletters (Axios, Politico, Morning Brew, Semafor, a
  Substack post), blind82's family again: P 1.000 R 0.821 (55 of 67) as
  written, 0.917 (55 of 60) corrected: bylines, dates and an item's headline
  were written as boilerplate, and Politico's first paragraph (with its
  capitalised kicker) too. Missed: Politico's sponsor label and its ad, Morning
  Brew's greeting and "Together With" (taken as a writer's name), Semafor's
  contents line. All fixed but Politico's newsletter name.
- `blind190`: podcast pages (Apple Podcasts, BBC Sounds, Spotify, NPR,
  Podbean): P 1.000 R 0.909 (50 of 55). Missed: the show notes' "Background
  reading:" and the link under it, "For more information on today's episode,
  ...", "This episode was produced by ..." (fixed but the link), and NPR's show
  name "Consider This from NPR" (taken as the title over the episode's).
- `blind191`: Turkish, Russian and Persian pages (Anadolu, Hürriyet, Meduza,
  TASS, IRNA), blind170's family again: P 1.000 R 0.976 (41 of 42). Missed:
  "Поддержите «Медузу»!" (fixed). TASS's dateline alone on its line ("БАГДАД,
  22 ноября. /ТАСС/.") stays in the text: datelines are read in Latin script.
- `blind192`: Italian, Portuguese, Dutch and Austrian pages (la Repubblica,
  ANSA, Público, NOS, derStandard): P 1.000 R 0.932 (41 of 44) as written, 0.953
  (41 of 43) corrected: "Redazione ANSA" is the desk's byline. Missed: "Os
  comentários deste artigo estão fechados." and "42 Postings" (fixed).
- `blind193`: charts and data pages (a Reuters graphic, a Datawrapper embed, Our
  World in Data, Statista, an Economist chart): P 1.000 R 0.773 (34 of 44).
  Missed: the Datawrapper embed's title and buttons ("Created with Datawrapper",
  "Get the data", "Download image"), Our World in Data's "Click to open
  interactive version", data source, "Cite this work" / "Reuse this work" and
  licence line (all fixed), Statista's "Figures for 2024 to 2029 are estimates."
  (left: a field's value in its details box).
- `blind194`: live pages (The Guardian, Al Jazeera, BBC, Rudaw), blind81's family
  again: P 1.000 R 0.909 (30 of 33) as written; corrected (the BBC's entry
  headlines are the story's, "Summary" and "Edited by ..." are boilerplate, and
  Rudaw's "LIVE: ..." line is the headline) P 0.970 R 0.941 (32 of 34): the
  first entry's headline under its time was read as a menu item (fixed).
  Missed: "Updated at 15.45 GMT" (fixed), Rudaw's masthead.
- `blind195`: explainers and question-and-answer pages whose subheads are
  questions (BBC, Vox, an embassy FAQ, NPR, Al Jazeera), a precision check: P
  0.966 R 0.933 (28 of 30). Lost: NPR's last answer, "Yes, the Kurdistan
  Regional Government has agreed to the count.", read as a reader plea ("Yes,
  I'll give"; fixed: "Yes," must go on with "I" or "please"). No question
  subhead was lost. Missed: Vox's newsletter blurb and the embassy's masthead.
- `blind196`-`blind198`: one new story on the sample's nearest families: Iraqi
  and Kurdish sites (Shafaq News, Kurdistan24, The New Region, Iraqi News, INA):
  P 1.000 R 1.000 (43 of 43); Gulf papers in English (Arab News, The National,
  Gulf News, Khaleej Times, Asharq Al-Awsat): P 1.000 R 1.000 (39 of 39); US and
  British papers (AP, CNN, The Guardian, The New York Times, The Washington
  Post): P 1.000 R 0.956 (43 of 45). Missed: AP's menu item "U.S." (its full
  stop read as a sentence's end) and the Post's "Add to your saved stories";
  both fixed.
- `blind199`: charts and data pages again, after blind193's fixes (Axios, Visual
  Capitalist, the World Bank's data page, an FT chart, a data explorer): P 1.000
  R 0.717 (38 of 53). Missed: a chart's title beside its "Data: ...; Chart: ..."
  credit, a tab-separated data table, the FT's chart text ("Line chart of Brent
  crude ... showing ..."), numbered figure captions and their notes, the maker's
  app promotions ("See this visualization first on the Voronoi app.") (all
  fixed); the World Bank indicator's source note (left).
- `blind200`: newspaper archives and scanned documents (Trove, Chronicling
  America, a magazine PDF, Newspapers.com, a UN report): P 1.000 R 0.744 (29 of
  39) as written, 0.784 (29 of 37) corrected (the clipping's and the report's
  dates are metadata). Missed: the archive's citation line ("The Canberra Times
  (ACT : 1926 - 1995) Tue 14 Jul 1958 Page 1"), OCR notices, "Image provided
  by:", a caption opening on an arrow ("◀ Workers at ..."), a UN report's job
  numbers and barcode (all fixed).
- `blind201`: archived copies again, after blind188's fixes (Wayback Machine,
  archive.today, Google's cache, Ghostarchive, Perma.cc): P 1.000 R 0.933 (42 of
  45). Missed: "Archived page: this is a copy. ...", Perma.cc's record lines
  (fixed).
- `blind202`: wire copy on regional and portal sites (AP on a local TV site, AFP
  on Barron's, Reuters on U.S. News, dpa on MSN, AFP on a Beirut paper): P 1.000
  R 1.000 (35 of 35).
- `blind203`: blog platforms (Substack, Medium, Ghost, WordPress.com, Blogger):
  P 1.000 R 0.986 (72 of 73). Missed: a Medium writer's blurb under "112
  Followers" (fixed; it also fixed blind44 and blind74).
- `blind204`: Turkish, Arabic, German, French and Spanish pages (Anadolu, Al
  Arabiya, DW, Le Figaro, El Mundo): P 1.000 R 0.886 (31 of 35). Missed:
  Anadolu's notice to subscribers, Le Figaro's "La rédaction vous conseille" and
  its link, and its paywall line (fixed). Metadata now read: "Haydar Karaalp
  |20.11.2024 - Güncelleme : 20.11.2024", "نشر في: 20 نوفمبر 2024", "Par Le
  Figaro avec AFP"; the dateline alone "Bağdat" stays in the text.
- `blind205`: text-only and reader copies (CNN's lite page, NPR's text page, a
  Google-translated page, a printer-friendly page, an AMP page): P 1.000 R 0.892
  (33 of 37). Missed: the lite page's "Editions" / "CNN Store" and its font's
  notice ("CNN Sans ™ & © 2016 ..."), Google Translate's "Your feedback will be
  used to help improve Google Translate" (fixed).
- `blind206`: Sorani Kurdish and Arabic pages from Iraq (Rudaw, Kurdistan24,
  Alsumaria, Shafaq News, Baghdad Today): P 1.000 R 1.000 (24 of 24).
- `blind207`: humanitarian agencies again, after blind47's and blind87's fixes
  (OCHA, UNHCR, IOM, WFP, ReliefWeb): P 1.000 R 0.929 (39 of 42). Missed: WFP's
  blurb under its "# # #" end mark (the mark now cuts to the end), ReliefWeb's
  slogan and its "from <agency>" source line (fixed). ReliefWeb's headline
  "Iraq: Floods - DREF Operation (MDRIQ017)" was taken for the issuer's name
  (fixed), and IOM's "Erbil, 22 November 2024 –" for a place beside a date
  (now the dateline).
- `blind208`: markets pages (Bloomberg, CNBC, MarketWatch, Investing.com,
  Argus): P 1.000 R 0.957 (45 of 47). Missed: "— With assistance from Grant
  Smith" and "Before it's here, it's on the Bloomberg Terminal." (fixed; also
  blind5's last miss). Summary bullets stay, as before.
- `blind209`: US local papers and TV on a veterans' story (Patch, Gannett,
  McClatchy, Lee, a Tegna station): P 1.000 R 0.980 (50 of 51). Missed: an
  audio player's length ("06:18") under its "00:00" (fixed). Gannett's byline
  read as the paper's name ("Des Moines Register" over the date) is now "Kim
  Norvell, Des Moines Register".
- `blind210`: Indian and Pakistani papers on a new story (Times of India,
  Hindustan Times, Dawn, The Hindu, NDTV): P 1.000 R 0.962 (51 of 53). Missed:
  Hindustan Times' "Get Current Updates on World News, ..." line and its
  breadcrumb at the foot (fixed; a breadcrumb ending on the headline over it
  no longer takes the headline with it).
- `blind211`: think tanks again (Washington Institute, Atlantic Council,
  Carnegie, Chatham House, ECFR): P 1.000 R 0.868 (33 of 38). Missed: Chatham
  House's author box and "... is a world-leading policy institute with a
  mission to ...", ECFR's "does not take collective positions" note (fixed),
  and ECFR's name taken as the title over its short headline (fixed).
- `blind212`: Israeli, Turkish and Iranian sites in English (Times of Israel,
  Jerusalem Post, Daily Sabah, Tehran Times, Press TV): P 1.000 R 1.000 (41 of 41).
- `blind213`: British tabloids again (Daily Mail, The Sun, Mirror, Express,
  Metro): P 0.961 R 0.980 (50 of 51). Lost: the Express story's two lines, cut
  from a "Comments" button right under the byline and date (fixed: a marker
  right under them, before any story line, is the header's button). Missed:
  "Home of the Daily and Sunday Express" (fixed).
- `blind214`: aggregators again (Yahoo News, Ground News, NewsNow, Microsoft
  Start, Flipboard): P 1.000 R 1.000 (53 of 53).
- `blind215`: fact-checkers again (AFP Fact Check, Misbar, Fatabyyano,
  PolitiFact, Full Fact): P 0.946 R 0.946 (35 of 37) as written. Lost:
  Misbar's own finding ("Misbar found that ...") read as the site talking
  about itself, and Full Fact's claim ("The image shows ...") read as a
  caption (both fixed). Missed: Full Fact's pitch ("We’re a team of independent
  fact checkers ...", fixed). Corrected: PolitiFact's "Our ruling" is a subhead
  (blind123 labels it so), and is lost now as header navigation: the page's
  lines are all shorter than a story line (left).
- `blind216`: science news again (ScienceDaily, EurekAlert!, Live Science,
  Phys.org, New Scientist): P 1.000 R 0.981 (51 of 52). Missed: New Scientist's
  caption over its bare credit "USGS" (left).
- `blind217`: e-mails again (an Axios newsletter, a Substack post, a GovDelivery
  release, a Mailchimp digest, a forwarded Outlook message): P 1.000 R 0.852
  (46 of 54). Missed: "Smart Brevity® count: ...", "Sponsorship has no
  influence on editorial content.", "You are subscribed to ...", "Sent from my
  iPhone", a signature over its phone line and a confidentiality notice (all
  fixed); Axios' newsletter name under "View in browser" (left).
- `blind218`: defence trade press again (Defense News, Breaking Defense, Janes,
  Army Recognition, Military Times): P 1.000 R 1.000 (34 of 34).
- `blind219`: climate news again (Carbon Brief, Inside Climate News, Climate
  Home News, Grist, Eos): P 1.000 R 0.692 (18 of 26). Missed: slogans under
  the masthead ("Pulitzer Prize-winning, nonpartisan reporting on ...",
  "Science News by AGU", which was also taken as the title), "Sharelines from
  this story", a briefing's description of itself, a nonprofit's pitch ("This
  story, like all the news we publish, is free to read. ..."), a journal's
  "Citation: ..." line and image rights (all fixed).
- `blind220`-`blind222`: the session's three weakest families once more, after
  their fixes. Charts and data pages (Pew Research, FRED, a Flourish embed,
  Trading Economics, a Reuters graphic): P 1.000 R 0.766 (36 of 47). Missed:
  Pew's chart text ("Chart shows ...", "% who say ..."), "Data from: ...",
  "Interactive: Hover over the chart ...", FRED's "Suggested Citation:" and the
  citation under it (fixed); Pew's "PEW RESEARCH CENTER", a FRED observation
  line and Trading Economics' masthead (left). Digital libraries and printed
  reports (Internet Archive, Google Books, a World Bank PDF, a scanned paper,
  HathiTrust): P 1.000 R 0.731 (19 of 26). Missed: 'Full text of "..."', a
  figure numbered "1.1:", a report's running heads and its staff note, a
  paper's issue line (fixed); "Google Books" (left). Climate news (Mongabay,
  Dialogue Earth, Yale E360): P 1.000 R 0.778 (14 of 18). Missed: "Article
  published by ...", "Citation:" and its citation, "Published at the Yale
  School of the Environment" (fixed).
- `blind223`-`blind243` (session 14), each scored once before any change it
  prompted; figures with labelling slips corrected (datelines alone, dates,
  bylines and provider names are metadata; credits are boilerplate):
  - `blind223`: Iraqi sites in English (Shafaq News, Iraqi News, The New
    Region, INA, Baghdad Today): P 1.000 R 1.000 (32 of 32).
  - `blind224`: Kurdish sites in English (Rudaw, Kurdistan24, BasNews,
    Kurdistan Chronicle, Draw Media): R 0.972 (35 of 36). Missed: "Kurdistan24
    is on WhatsApp. Join our channel ..." (fixed).
  - `blind225`: South-East Asian outlets (Rappler, Inquirer, Jakarta Post,
    Antara, VnExpress): R 1.000 (42 of 42); "By: ... - @handle" and "Reporter:"
    bylines left in the text (fixed).
  - `blind226`: Nordic, Baltic and Polish outlets (The Local, Yle, ERR, LSM,
    Notes from Poland): R 0.917 (33 of 36). Missed: a slogan over the account
    menu (also taken as the title), a podcast plug, "If you notice an error,
    select the text and press Ctrl+Enter ..." (fixed).
  - `blind227`: library database records (Factiva, Nexis Uni, ProQuest,
    PressReader, EBSCO): R 0.681 (32 of 47). Missed: field labels and their
    values, citations with the source's date, "Byline:", an inverted name
    ("Aboulenein, Ahmed."), a paper's "Name (Place)" over the date, an
    indexer's abstract (fixed).
  - `blind228`: machine-translated pages (Google Translate, DeepL, a browser's
    translation, Anadolu's automatic translation): R 0.760 (19 of 25). Missed:
    the translators' stamps and notices, an opinions disclaimer (fixed).
  - `blind229`: pan-Arab outlets in English (Middle East Eye, The New Arab,
    Al-Monitor, Middle East Monitor, Amwaj): P 1.000 R 1.000 (39 of 39).
  - `blind230`: database records again (Factiva's field codes, NewsBank, Gale,
    Lexis): R 0.885 (46 of 52). Missed: Factiva's codes in the body, word
    counts, a reading level, "1 of 3 DOCUMENTS", "HEADLINE:" (fixed).
  - `blind231`: open-licence sites (Wikinews, Wikipedia, Global Voices, IPS,
    The Conversation): R 0.918 (45 of 49). Missed: mottos under the site's name
    (two taken as the title), "Part of a series on the", "News Agency" (fixed);
    IPS's title-case headline had been read as an office and a name (fixed).
  - `blind232`: e-mails again: P 0.976 R 0.932 (41 of 44). Lost a newsletter's
    "2. Kurdish oil flows" under "Read more ›"; missed "You're receiving this
    because ...", a confidentiality notice, an issue line's date (fixed).
  - `blind233`: think tanks again (Crisis Group, Carnegie, CSIS, MEI, EPC):
    P 0.958 R 0.958 (46 of 48). Lost MEI's subheads to its contents list;
    missed a clipped-sentence motto, "More work from Diwan", a series byline
    and a rubric's date (fixed).
  - `blind234`: climate news again (Climate Home, E&E News, Down To Earth,
    Eco-Business, Yale Climate Connections): R 0.969 (31 of 32). Missed a
    site's "Climate news and commentary from ..." line (fixed).
  - `blind235`: charts and data pages again (Our World in Data, Statista, IEA,
    Trading Economics, a Datawrapper embed): R 0.958 (46 of 48). Missed a data
    portal's page notes (fixed).
  - `blind236`: scans and digital libraries again (CIA CREST, HathiTrust,
    Internet Archive, UN ODS, British Newspaper Archive): R 0.909 (30 of 33).
    Missed release and print stamps, an archive's name taken as the title
    (fixed).
  - `blind237`: one Reuters story on five sites (US News, ThePrint, Arab News,
    Yahoo Canada, MarketScreener): P 0.957 R 0.936 (44 of 47). Lost a sentence
    four copies share, learned as furniture because each site trims the lead
    its own way (fixed: tasks/repeated.py compares runs of five words); missed
    ThePrint's plea (fixed) and a "Reuters" rubric over the headline (left).
  - `blind238`: one AP story on five sites (WTOP, ABC, The Independent, Daily
    Sabah, Courthouse News): P 1.000 R 0.939 (31 of 33). Missed a notification
    box (fixed).
  - `blind239`: the census story in Arabic, Sorani, Turkish, Persian and
    French: P 1.000 R 1.000 (29 of 29).
  - `blind240`: US public media and military papers (PBS, VOA, WBUR, Stars and
    Stripes, Military Times): R 0.959 (47 of 49). Missed a dated wire caption
    and a player's length (fixed).
  - `blind241`: copies shared from apps and read-later tools (Guardian and BBC
    app shares, Flipboard, Pocket, a WhatsApp forward): R 0.941 (16 of 17).
    Missed "Flipped into ... by ..." (fixed).
  - `blind242`: Iraqi and KRG government sites: R 0.963 (26 of 27). Missed the
    KRG's name over a headline with a colon and a dateline (left).
  - `blind243`: Gulf papers on the census (The National, Gulf News, Khaleej
    Times, Asharq Al-Awsat, Kuwait Times): P 0.968 R 0.968 (30 of 31). Lost a
    closing sentence signed "— AFP"; missed the lead cut short over the story
    (fixed).
  Pooled: P 0.992 R 0.930 (740 of 796); as first written R 0.915 (751 of 821).
- `blind244`-`blind277` (session 15), each scored once before any change it
  prompted; figures with labelling slips corrected (two "Also read" lines and a
  more-from tail left unlabelled; greetings are boilerplate; post authors, their
  dates and an author's role under the byline are metadata):
  - `blind244`: one Reuters story on five sites (a syndication feed's raw page,
    Zawya, Euronews, Devdiscourse, Asharq Al-Awsat): P 1.000 R 1.000 (50 of 50).
  - `blind245`: Iraqi outlets (INA, Alsumaria, 964, Baghdad Today, Al-Mada):
    R 1.000 (36 of 36).
  - `blind246`: machine-translated pages (Google, DeepL, Edge, Yandex, Papago):
    R 0.905 (19 of 21). Missed DeepL's "(Translated with DeepL.com, free
    version)" and "The translation was performed by a machine." (fixed).
  - `blind247`: database records (Factiva, Nexis, ProQuest, PressReader, EBSCO):
    R 0.974 (37 of 38). Missed "Article 3 of 12" (fixed).
  - `blind248`: explainers (Qonversations, Semafor, Vox, The Conversation,
    Axios): P 0.938 R 0.857 (30 of 35). Lost Semafor's "The News" and "Know
    More" under the date; missed Vox's plea and newsletter pitch (fixed) and
    Semafor's "Notable" links (left).
  - `blind249`: African outlets: R 0.970 (32 of 33). Missed a writer's short
    bio under the byline (fixed).
  - `blind250`: Latin American outlets: R 0.926 (25 of 27). Missed a caption
    given twice (fixed) and a caption without a full stop (left).
  - `blind251`: the agencies' own sites (AP, UPI, Xinhua, France 24, Anadolu):
    R 1.000 (29 of 29).
  - `blind252`: mailing-list archives and forums (Mailman, Google Groups,
    LISTSERV, Usenet, Discourse): R 0.864 (38 of 44). Missed Mailman's
    "Previous message (by thread)", a newsgroup's "Date:" header and the lines
    it quoted (fixed), a forum's name over the thread's title (left).
  - `blind253`: sports pages: R 0.971 (34 of 35). Missed a rubric over "MATCH
    REPORT: Iraq 2-1 Oman", taken for a dateline (fixed).
  - `blind254`: one AFP story on five sites: R 1.000 (36 of 36).
  - `blind255`: Kurdish outlets again: R 0.962 (25 of 26). Missed "Kurdistan24
    is also available on Facebook, ..." (fixed).
  - `blind256`: one Reuters story on syndication feeds: R 1.000 (44 of 44).
  - `blind257`: the census story on Arabic sites: R 0.962 (25 of 26). Missed a
    caption credited "(أ ف ب)" (fixed).
  - `blind258`: UN agencies and the EU in Iraq: R 0.970 (32 of 33). Missed
    "IOM Iraq" over "IOM: Over 4,000 Families Return ..." (fixed).
  - `blind259`: press-release wires: R 0.938 (30 of 32). Missed "About Market
    Research Future:" and its text (fixed).
  - `blind260`: live blogs: P 0.972 R 1.000 (35 of 35). Lost a BBC entry's
    heading under "Posted at 12:30", read as a video's title (fixed).
  - `blind261`: op-eds: R 0.971 (33 of 34). Missed "The writer is the author
    of ..." (fixed).
  - `blind262`: machine-translated pages again (Bing, Chrome, Reverso, a
    chatbot's answer, Lingva): R 0.737 (14 of 19) (fixed).
  - `blind263`: database records again: R 0.976 (40 of 41) (fixed).
  - `blind264`: one INA story rewritten on five sites (MENAFN, IraqiNews,
    Qonversations, MEMO, Devdiscourse): R 0.963 (26 of 27) (fixed).
  - `blind265`: Turkish and Iranian outlets: R 1.000 (27 of 27).
  - `blind266`: e-mailed newsletters again: R 0.810 (34 of 42). Missed a
    market strip, "Read Online", "Enjoying ...? Forward it to a friend." and
    "Good Wednesday morning." (fixed), newsletters' names and a greeting with
    a pleasantry (left).
  - `blind267`: text from PDFs: P 0.923 R 0.571 (12 of 21). Lost "1. Overview",
    the section its contents list named; missed page heads set out in columns,
    JSTOR's stamps, a draft's marking, a journal citation and a gazette's foot
    (fixed), a UN report's running head (left).
  - `blind268`: Indian outlets: R 1.000 (32 of 32).
  - `blind269`: one AP story on US local sites: R 1.000 (23 of 23).
  - `blind270`: one Reuters story on five more sites: P 0.882 R 0.909 (30 of
    33). Lost "Exports through the pipeline have been halted since March
    2023." in four copies, learned as furniture: three copies share their lead
    word for word, so it was a repeated line, and the near-copy test left
    repeated lines out (fixed in `tasks/repeated.py`).
  - `blind271`: Iraqi outlets again: R 1.000 (23 of 23).
  - `blind272`: Qonversations twice and two explainers: P 0.967 R 0.967 (29 of
    30). Lost a subhead under a sign-up box; missed a two-sentence teaser in
    the more-from list (fixed).
  - `blind273`: one AFP story on Gulf sites: P 0.885 R 1.000 (23 of 23). Lost
    a shared sentence naming "members", not taken for a report (fixed).
  - `blind274`: print, AMP, reader and text-only copies: R 0.909 (20 of 22).
  - `blind275`: comment sections: R 0.933 (42 of 45) (mostly fixed).
  - `blind276`: broadcast transcripts: P 0.972 R 0.946 (35 of 37). Lost "Also
    on the programme: ..." as a teaser (fixed).
  - `blind277`: reference pages: R 0.900 (27 of 30).
  Pooled: P 0.988 R 0.943 (1,027 of 1,089); the twelve sets nearest the sample
  0.984 (370 of 376).
- `blind278`: a site's blurb of three report-like sentences over four unrelated
  articles, written after the near-copy change to check it (1.000; 0.667
  before the blurb's own lines were left out of the test).
- `blind279`-`blind297` (session 16), each scored once before any change it
  prompted; recall with labelling slips corrected (as first written: dates,
  datelines, bylines, an affiliation and key-point bullets given the boilerplate
  mark, section heads and second stories' headlines given the metadata mark,
  a list's "unread," marked as metadata):
  - `blind279`: one Reuters story on five sites (Reuters, Zawya, Kurdistan24,
    ThePrint, Yahoo Finance): R 1.000 (61 of 61).
  - `blind280`: one AP story on US local sites: R 0.978 (44 of 45). Missed a
    station's "Noon Update: 4 WTOP Top Stories", read as the title (fixed).
  - `blind281`: text from PDFs again (a Crisis Group briefing, a court ruling,
    a journal article, an e-paper page): R 0.706 (24 of 34). Missed running
    heads set again at page breaks, "- 4 -", "414 S. AL-KHAFAJI", numbered
    footnotes, a download stamp, a scholar's department (fixed); an issuer's
    name over the title (left).
  - `blind282`: machine-translated pages a fourth time: R 0.968 (30 of 31).
    Missed "Tap to see original" (fixed).
  - `blind283`: e-mailed newsletters a third time: R 0.900 (27 of 30). Missed
    greetings with a place or a name and a newsletter's credit line (fixed).
  - `blind284`: one INA story on four sites, Qonversations among them: R 1.000.
  - `blind285`: one AFP story on NDTV, Devdiscourse, Nation and Dawn: R 1.000.
  - `blind286`: Kurdish and Syrian outlets: R 0.972 (35 of 36). Missed a
    caption dated and credited at its end (fixed).
  - `blind287`: comment sections again: R 1.000 (49 of 49); "By MEE
    correspondent in Nasiriyah" stayed in the text (fixed).
  - `blind288`: mailing lists again: P 0.971 R 0.944 (34 of 36). Lost a post's
    "We are sharing ... and would welcome comments" as the site's plea (left:
    a list post and a site's footer say the same words); missed a
    Content-Type header (fixed) and a group's name over the title (left).
  - `blind289`: reference pages again: R 0.930 (40 of 43). Missed "Create
    account" (then the title), a wiki's hatnote and a site's name over its
    menu (fixed).
  - `blind290`: press-release wires again: R 1.000 (30 of 30).
  - `blind291`: sports pages again: P 0.968 R 0.838 (31 of 37). Missed a
    score box between paragraphs; lost the sentence over a bracketed caption
    that carries its own words (fixed).
  - `blind292`: PDF reports again (World Bank, UNAMI, Chatham House): P 0.955
    R 0.786 (22 of 28). Lost a roman-numbered section head; missed a report's
    month and year, a table's key, a bare page number, an issuer's name over
    the title (fixed); a plain numbered footnote and a think tank's
    self-description over its contents list (left).
  - `blind293`: long reads with furniture between paragraphs: R 0.906 (29 of
    32). Missed a read-aloud notice and an embedded post (fixed).
  - `blind294`: one AFP story on France 24, Barron's, Al-Monitor and ThePrint:
    R 0.931 (27 of 29). Missed "Read moreIraq hangs ..." run together and a
    caption credited after its full stop over the dateline (fixed).
  - `blind295`: aggregators again (MSN, Ground News, Flipboard, NewsNow):
    R 0.974 (38 of 39). Missed a coverage meter (fixed).
  - `blind296`: Iraqi outlets on one story: R 1.000 (35 of 35).
  - `blind297`: PDF reports a third time (IEA, Crisis Group): R 0.810 (17 of
    21). Missed "Page ii", "Chapter 2 | Oil and gas", a unit key (fixed); a
    series label under the title (left).
  Pooled: P 0.995 (3 lost) R 0.938 (646 of 689; 0.919, 645 of 702, as first
  written); the seven sets nearest the sample (one story on several sites
  four times, Kurdish, Syrian and Iraqi outlets, US local sites) 0.986 (275
  of 279); the three PDF sets 0.759 (63 of 83); the nine retests of weak
  families 0.942 (308 of 327).
- `blind298`-`blind313` (session 17), each scored once before any change it
  prompted; recall with labelling slips corrected (as first written:
  standfirsts, decks, datelines, an affiliation and issue dates given the
  boilerplate mark, section heads given the boilerplate mark, forum comments
  given the body mark; blind277's "Introduction" relabelled a section head):
  - `blind298`: one Reuters story on US News, Yahoo, MarketScreener, The Star
    and Reuters: R 1.000 (43 of 43).
  - `blind299`: one AP story on four international sites: R 1.000 (50 of 50).
  - `blind300`: PDF humanitarian briefs (OCHA, WFP, IOM): P 0.947 R 0.750 (36
    of 48). Missed key-figure boxes, chart axes, "Iraq: Flash Update No. 3 |
    2", a report's note on itself and an agency's mission statement; lost a
    line cut after "in" (fixed) and a section head right under the title (left).
  - `blind301`: PDF papers (a journal article, a Commons Library briefing):
    P 0.923 R 0.800 (24 of 30). Missed a journal's record and keywords, running
    heads in capitals or made of the title, a footnote, "About the Library";
    lost an abstract's first line and a section head named in the contents
    (fixed).
  - `blind302`: Iraqi outlets on one story: R 1.000 (34 of 34).
  - `blind303`: Gulf outlets on one story: R 1.000 (36 of 36).
  - `blind304`: BBC, Al Jazeera and DW on one story: P 0.974 R 0.925 (37 of
    40). Lost the copies' shared lead under an unshared caption; missed captions
    credited in square brackets or under a bare credit (fixed), BBC's uncredited
    lead caption (left).
  - `blind305`: think-tank commentary: R 0.973 (36 of 37). Missed a rubric shown
    again over the story (left).
  - `blind306`: newsletters again: P 0.970 R 0.941 (32 of 34). Lost the next
    item's headline under "Read more"; missed "IN THIS ISSUE" (fixed).
  - `blind307`: UN, IMF and SIPRI reports: R 0.870 (20 of 23). Missed
    "Distr.: General" and the document symbol at a page head (fixed), a
    "SUMMARY" label (left).
  - `blind308`: financial pages: R 1.000 (29 of 29).
  - `blind309`: forum threads (Reddit, Stack Exchange): R 0.787 (37 of 47).
    Missed a Q&A page's buttons, tags and handles (fixed).
  - `blind310`: machine-translated pages a fifth time: R 1.000 (22 of 22).
  - `blind311`: government press releases: R 0.925 (37 of 40). Missed GOV.UK's
    "From:" and "Published" labels (fixed).
  - `blind312`: one AP story on US local sites: R 1.000 (27 of 27).
  - `blind313`: statistical bulletins (Central Bank of Iraq, Ministry of
    Planning): P 0.900 R 0.720 (18 of 25). Missed a table under its caption,
    a running head, an asterisked footnote; lost two section heads (fixed).
  Pooled: P 0.985 (8 lost, 7 fixed) R 0.917 (518 of 565; 0.898, 519 of 578,
  as first written); the seven sets nearest the sample 0.988 (256 of 259); the
  four PDF sets 0.778 (98 of 126); the five retests of weak families 0.911
  (164 of 180).
- `blind314`-`blind350` (session 18), in three batches, each set scored once
  before any change it prompted, each batch after the fixes the one before it
  prompted; recall with labelling slips corrected (as first written: a
  subhead given the boilerplate mark, an affiliation footnote, a date line and
  a report's "Reporting Period:" given the boilerplate mark; blind74's
  newsletter sign-off "That's all for this week." relabelled boilerplate, as
  greetings are):
  - `blind314`: one Reuters story on Reuters, Devdiscourse, Al Arabiya and
    Zawya: R 0.944 (34 of 36). Missed a reporter's "((email;))" slug and a
    syndicator's notice (fixed).
  - `blind315`: one AFP story on four sites: R 1.000 (25 of 25).
  - `blind316`: Kurdish outlets on one story: R 1.000 (31 of 31).
  - `blind317`: MEE, The New Arab, Al-Monitor, Amwaj: R 0.929 (26 of 28).
    Missed a republishing note and a "NAME/AFP via Getty Images" caption (fixed).
  - `blind318`: state wires (Xinhua, Anadolu, IRNA, TASS): R 1.000 (22 of 22).
  - `blind319`: energy trade press: R 0.875 (21 of 24). Missed "Related news
    posts", a blurb naming "Argus" under "Argus Media", a short caption under
    its credit (fixed).
  - `blind320`: PDF think-tank reports (Crisis Group, Chatham House): P 0.810
    R 0.708 (17 of 24). Lost a section listed with roman page numbers and a
    wrapped paragraph as a link list; missed running heads, an institute's blurb
    (fixed); "3 Chatham House" and the programme's name (left).
  - `blind321`: PDF CRS brief, EU Council conclusions: R 0.739 (17 of 23).
    Missed a Council document's record lines (fixed), a tagline and the issuer's
    name (left).
  - `blind322`: PDF World Bank monitor, UNHCR fact sheet: P 0.923 R 0.667 (24
    of 36). Lost two section heads over wrapped paragraphs; missed a chart
    between its caption and source, a funding box, an address (fixed).
  - `blind323`: PDF Amnesty and HRW reports: P 0.857 R 0.643 (18 of 28). Lost
    numbered section heads as captions (fixed) and "Summary" (left: a box's
    label elsewhere); missed running heads by the publisher's name, cover
    records, blurbs (fixed), an end-of-report footnote (left).
  - `blind324`: newsletters (Axios, Semafor, Politico): R 0.850 (17 of 20).
    Missed a greeting after an emoji, a sign-up line, an editors' thanks (fixed).
  - `blind325`: Hacker News, Quora, Discourse: R 0.818 (27 of 33). Missed an
    aggregator's comments and "Related questions" (fixed), a forum's name (left).
  - `blind326`: machine-translated pages a sixth time: R 1.000 (15 of 15).
  - `blind327`: Medium and WordPress: R 0.926 (25 of 27). Missed a blog's
    tagline over its menu and "Blog at WordPress.com." (fixed).
  - `blind328`: a State Department briefing, UN meeting coverage: R 0.917 (11
    of 12) (fixed).
  Batch 1 pooled: P 0.973 (9 lost, 8 fixed) R 0.859 (330 of 384); the six wire
  and regional sets 0.958 (159 of 166); the four PDF sets 0.685 (76 of 111);
  the five retests 0.888 (95 of 107).
  - `blind329`: PDF OCHA overview and ICRC facts: R 0.645 (20 of 31). Missed a
    cover's blurbs and photo label, key figures labelled in capitals, a running
    head of a title set over two lines (fixed), the issuer's name (left).
  - `blind330`: PDF IMF and World Bank releases: R 0.875 (14 of 16). Missed
    cited endnotes (fixed).
  - `blind331`: PDF working papers (SSRN, NBER): R 0.688 (11 of 16). Missed JEL
    codes, an acknowledgement, a series name, a two-line address (fixed).
  - `blind332`: PDF law translation, EP resolution: P 0.750 R 0.750 (9 of 12).
    Lost "Article 1"/"Article 2" as a running head and a resolution's opening
    clause (fixed); missed a gazette's page foot and a translator's note (fixed).
  - `blind333`: old Reddit, Politics Stack Exchange: R 0.647 (22 of 34).
    Missed old Reddit's chrome and comments (fixed), an asker's handle (left).
  - `blind334`: Substack, beehiiv: P 0.935 R 0.967 (29 of 30). Lost sections
    the contents list named; missed a sign-off (fixed).
  - `blind335`: NPR and CNN transcripts: R 0.933 (14 of 15) (fixed).
  - `blind336`: Guardian and Al Jazeera live pages: P 0.895 R 1.000. Lost entry
    headlines under dated times (fixed).
  - `blind337`-`blind340`: Reuters, AP, AFP and regional copies of one story:
    R 0.989 (86 of 87). Missed a reporter's card (fixed).
  Batch 2 pooled: P 0.969 (7 lost, all fixed) R 0.860 (222 of 258); PDF 0.720
  (54 of 75); retests 0.854 (82 of 96); wire copies 0.989 (86 of 87).
  - `blind341`, `blind342`, `blind350`: one Reuters story on five sites, RFE/RL
    and VOA: R 1.000 (52 of 52).
  - `blind343`, `blind344`, `blind349`: PDF PolicyWatch, EIA brief, ACLED
    overview, UN SG report, UNICEF sitrep: R 0.951 (39 of 41). Missed a reprint
    permission and a trademark notice (fixed).
  - `blind345`-`blind348`: press releases, machine translations, Ghost and
    Blogger, a Telegram channel and an X post: R 0.935 (58 of 62). Missed a
    channel's views and time (fixed), its name and "Alsumaria News - Politics"
    (left).
  Batch 3 pooled: P 1.000 R 0.961 (149 of 155; 0.949, 149 of 157, as first
  written). Session 18 pooled: P 0.978 (16 lost, 15 fixed) R 0.880 (701 of
  797); wire and regional copies 0.974 (297 of 305); PDF text 0.744 (169 of
  227); retests 0.887 (235 of 265).
- `blind351`-`blind391` (session 19), in four batches scored as session 18's
  were; recall with labelling slips corrected (as first written: a
  testimony's sign-off given the body mark, a date and a dateline alone given
  the boilerplate mark):
  - `blind351`-`blind353`, `blind363`: PDF RAND report, Carnegie paper, SIPRI
    fact sheet, ISW update: R 0.710 (49 of 69). Missed colophons and rights
    pages, a front-matter "About RAND" blurb, an address block, a series note,
    a war-crimes disclaimer, the publisher's name over a dated series title
    (fixed); "Key Findings" over bullets in a report's body (left).
  - `blind354`-`blind356`, `blind362`: Reuters on Yahoo and MSN, JPost and
    Times of Israel, Al-Monitor, AFP on three sites: R 0.987 (75 of 76).
  - `blind357`-`blind361`: a Taylor & Francis page, LinkedIn and Facebook
    posts, a Treasury release, France 24 in French and Al Jazeera in Arabic,
    ReliefWeb and a podcast page: P 0.971 R 0.930 (133 of 143). Lost a
    journal's abstract and first section to a "Cite this article" button
    (fixed) and a Facebook post's thanks (left); missed a journal's tab bar,
    declarations and notes, French glued teasers, a marked teaser box, chapter
    lists (fixed).
  Batch 1 pooled: P 0.985 (4 lost, 3 fixed) R 0.892 (257 of 288).
  - `blind364`-`blind366`: PDF UNAMI update, congressional testimony, IOM DTM
    report: R 0.857 (30 of 35). Missed cover issuers, a mandate note,
    colophon fields (fixed).
  - `blind367`, `blind368`, `blind372`-`blind374`: Guardian, BBC, Substack, PR
    Newswire, Wikipedia: P 0.989 R 0.989 (94 of 95). Lost Wikipedia's last
    section head; missed a BBC caption under its credit (fixed).
  - `blind369`-`blind371`, `blind375`: MEE and The New Arab, Kurdish outlets,
    Bloomberg on Yahoo, INA and Shafaq: R 0.930 (40 of 43). Missed a "Most
    Read from Bloomberg" box (fixed).
  Batch 2 pooled: P 0.994 (1 lost, fixed) R 0.948 (164 of 173).
  - `blind376`-`blind378`: PDF HRW report, IMF country report, arXiv
    preprint: P 0.920 R 0.639 (23 of 36). Lost a last section read as the
    publisher's pitch; missed contents entries without a label, the IMF's
    inside cover, an arXiv stamp (fixed).
  - `blind379`-`blind385`: Reuters, AP, The National, Medium, an e-mail
    newsletter, the oil ministry, Reddit: R 0.980 (99 of 101). Missed a
    Medium author box's follower count and bio (fixed).
  Batch 3 pooled: P 0.984 (2 lost, fixed) R 0.891 (122 of 137).
  - `blind386`-`blind389`: PDF WFP brief, EPRS briefing, Clingendael report,
    Security Council release: P 0.973 R 0.818 (36 of 44). Lost "Operational
    Context"; missed a key figure in whole millions, donors, disclaimers, an
    "About the ... Institute" blurb (fixed).
  - `blind390`, `blind391`: The Economist, the Washington Post: R 0.963 (26 of
    27). Missed a print-edition note (fixed).
  Batch 4 pooled: P 0.984 (1 lost, fixed) R 0.873 (62 of 71; 0.863, 63 of 73,
  as first written). Session 19 pooled: P 0.987 (8 lost, 7 fixed) R 0.904 (605
  of 669); PDF text 0.750 (138 of 184); web pages and wire copies 0.963 (467
  of 485).
- `blind392`-`blind429` (session 20), in four batches scored as session 19's
  were:
  - `blind392`-`blind396`: PDF USIP report, World Bank economic monitor, UNHCR
    update, Washington Institute PolicyWatch, CUP journal article: P 0.904 R
    0.735 (75 of 102). Lost a report's introduction and text to an "About the
    authors" cut, and "Operational Context"; missed notices wrapped over PDF
    lines, rights pages, acknowledgments, key-figure labels in capitals,
    running heads with authors or a journal's name (fixed).
  - `blind397`-`blind401`: Arab News, Asharq Al-Awsat, NPR, The Times, Zawya:
    R 0.933 (84 of 90). Missed a caption over its credit and buttons, a
    comments note, a registered office, "by LSEG" (fixed).
  Batch 1 pooled: P 0.952 (8 lost, fixed) R 0.828 (159 of 192).
  - `blind402`-`blind406`: PDF Commons Library briefing, ICRC facts and
    figures, UN A/HRC report, ECFR brief, RNS release: R 0.902 (83 of 92).
    Missed a UN document's agenda subject, starred title note and job
    numbers, a running head, a colophon's wrapped end, an RNS number (fixed).
  - `blind407`-`blind411`: DW, Euronews, Axios, Al Arabiya, Daily Sabah: R
    0.967 (58 of 60). Missed a caption glued to "Image:", a skip link (fixed).
  Batch 2 pooled: P 1.000 R 0.928 (141 of 152).
  - `blind412`-`blind419`: RFE/RL, Stars and Stripes, Oilprice, Iraq Business
    News, The Arab Weekly, Xinhua, Khaleej Times, CBS: R 0.988 (81 of 82).
    Missed a caption written as a sentence with "said" (left).
  - `blind420`, `blind421`: PDF UNICEF situation report, SWP Comment: R 0.778
    (28 of 36). Missed a figure box's head and labels, a German institute's
    name over the cover, an author's role, notes on views, links and review
    (fixed).
  Batch 3 pooled: P 1.000 R 0.924 (109 of 118).
  - `blind422`-`blind425`: PDF OCHA flash update, IMF press release, IEA
    report, a court ruling's translation: R 0.588 (30 of 51). Missed
    publishers' self-descriptions (OCHA's fixed; the IEA's, wrapped over eight
    narrow lines, left), a member list, a mission's thanks, a disclaimer, a
    translation note's wrapped end (fixed), a court's masthead (left).
  - `blind426`-`blind429`: Haaretz, The Independent, Iran International,
    Amwaj: R 0.943 (50 of 53). Missed a caption glued to ".Credit:", "Support
    Now" (fixed), a support plea's sentence (left).
  Batch 4 pooled: P 1.000 R 0.769 (80 of 104; 0.755, 80 of 106, as first
  written: an IMF release's summary bullets given the boilerplate mark).
  - `blind430`-`blind435`: The Hill, Gulf News, Politico, The Cradle, AFP on
    Yahoo, War on the Rocks: R 0.955 (63 of 66). Missed a newsletter's name
    and blurb over its consent line (left), a support link shown over and
    under the story (fixed).
  Batch 5 pooled: P 1.000 R 0.955 (63 of 66).
  Session 20 pooled: P 0.986 (8 lost, fixed) R 0.873 (552 of 632); PDF text
  0.769 (216 of 281); web pages and wire copies 0.957 (336 of 351).
- `blind436`-`blind473` (session 21, one document each, five batches, each
  scored once on the tree before it). Batch 1: a Lead IG quarterly report,
  an ACAPS briefing note, a GAO report, a Fitch rating action, NRT, Channel 4
  News, Fortune, Arab Center Washington DC: P 0.987 R 0.787 (148 of 188; GAO's
  letter close, signature and back page, 0.194, were most of the misses; the
  two lost lines, a section head taken by the footer walk and a heading that
  spells out its acronym read as a bracket credit, fixed). Batch 2: IISS
  Strategic Comments, a WHO bulletin, a World Bank working paper, an Oxfam
  briefing, The National Interest, Just Security, Upstream, Task & Purpose:
  P 1.000 R 0.746 (85 of 114, once the WHO bulletin's uncaptioned table,
  labelled boilerplate, was given back to the text as the convention has it;
  0.720 as written). Batch 3: a UN Secretary-General report, Iraq's CSO, a
  Stimson brief, a DNO report, LBC, JNS, Quartz, Times of Oman: P 1.000
  R 0.938 (90 of 96). Batch 4: a NATO PA report, a Mercy Corps assessment,
  an Al-Bayan Center paper, a World Vision sitrep, The Washington Times, Air &
  Space Forces Magazine, The Syrian Observer, Türkiye Today: P 0.966 R 0.875
  (84 of 96); lost, World Vision's section head and the sentence under it that
  names the NGO (fixed) and Mercy Corps' "Summary" chapter head (left: other
  reports' "Summary" boxes are labelled boilerplate). Batch 5: an ECHO
  factsheet, a NUPI brief, a UN Women brief, MEMRI, Atalayar, Offshore
  Energy: P 1.000 R 0.905 (57 of 63).
  Session 21 pooled: P 0.989 (5 lost, 4 fixed) R 0.833 (464 of 557); PDF text
  0.743 (191 of 257); web pages 0.910 (273 of 300).
- blind474-blind511 (session 22, four batches of eight and one of six). Batch 1: an ILO
  brief, a REACH assessment, a Moody's rating action, a Gulf Keystone update,
  an ESCWA brief, New Lines, Inkstick, Arabian Business: P 0.991 R 0.779 (106
  of 136); lost, a wrapped sentence under a chart's source read as the
  chart's title (fixed). Batch 2: IRC, DRC, UN-Habitat, Small Arms Survey and
  CMI papers, Oil & Gas Journal, Hellenic Shipping News, ISPI: P 1.000 R 0.829
  (97 of 117). Batch 3: UNFPA, KAS, FES, Iraq Energy Institute and PAX
  papers, Jadaliyya, openDemocracy, FPRI: P 0.976 R 0.788 (82 of 104); lost,
  UNFPA's one-word section head "Funding" and the sentence under it that
  names the agency (fixed). Batch 4: an EU election observation mission's
  statement, an IFES FAQ, MERI, Heinrich Böll Stiftung and IPI papers, Modern
  Diplomacy, The Cipher Brief, Gulf Business: P 1.000 R 0.759 (88 of 116, once
  a body line labelled boilerplate whole for its "OPINION —" rubric was given
  back to the text). Batch 5: USIP, Norad, CGD and GIZ papers, The Diplomat,
  Rudaw Research Center: P 1.000 R 0.709 (73 of 103).
  Session 22 pooled: P 0.993 (3 lost, all fixed) R 0.774 (446 of 576); PDF
  text 0.724 (288 of 398); web pages 0.888 (158 of 178).
- Session 23, blind512-541 (four batches, PDF families new to the sets: UNEP,
  OECD, Arab Barometer, Conflict Armament Research, EBRD, the Carter Center,
  PRIF, Geneva Call, DRI, Minority Rights Group, MAG, IsDB, Transparency
  International, IBBC, CARE, NRC, ICTJ, Airwars): recall 0.815, 0.814, 0.773,
  0.857; pooled 0.811 (506 of 624), precision 1.000; PDF text 0.738 (282 of
  382); web pages 0.926 (224 of 242).
- Session 24, blind542-579 (six batches; PDF families new to the sets:
  Saferworld, International IDEA, ODI, Global Witness, Search for Common
  Ground, WRI, Ifri, International Alert, IRIS, the LSE Middle East Centre,
  Rosa Luxemburg Stiftung, Century International, DIIS, swisspeace, SEI, Plan
  International, Tearfund, the European Institute of Peace, the Hanns Seidel
  Foundation, Norwegian People's Aid, the EIU; web: Mada Masr, Qantara, Fanack, Daily News Egypt,
  Global Risk Insights, Orient XXI, Inside Arabia, Gulf International Forum,
  Arab Digest, ORF, WHO EMRO, Daraj, the Iraqi Economists Network, RSF, IWPR,
  the Middle East Council on Global Affairs, Levant24): recall 0.917, 0.851,
  0.891, 0.932, 0.888, 0.838; pooled 0.887 (677 of 763), precision 0.997 (2
  lost, fixed: a numbered chapter head in capitals, "2 RECRUITMENT AND DEBT",
  taken for a running head; a last section's head, "Background", whose
  paragraph wrapped after "since" onto a lone year); PDF text 0.836 (332 of
  397); web pages 0.943 (345 of 366).
  blind553's masthead date ("Sunday, November 23, 2025", the site's date over
  its menu) was relabelled metadata after scoring, as dates are.
- Session 25, blind580-621 (seven batches; PDF: ARTICLE 19, UNODC, IIED, Doha
  Institute, KPMG, ECCHR, OIES, GPPi, UNDRR, PRIO, GIGA, Fafo, IFAD, IAI, the
  Mixed Migration Centre, ICMPD, Welthungerhilfe, the Friedrich Naumann
  Foundation, Humanity & Inclusion; web: IRC, CPJ, Niqash, SMEX, IFJ, IFRC,
  Arab Reform Initiative, FIDH, HALO Trust, Carnegie Sada, Euro-Med Monitor,
  Oxford Business Group, Wilson Center, The Arab Weekly, JRS, ANF, Hawar, AEI,
  Heritage, Al-Estiklal, Ekurd, Islamic Relief, ACTED): recall 0.926, 0.824,
  0.905, 0.915, 0.899, 0.894, 0.903; pooled 0.894 (663 of 742), precision
  0.998 (1 lost, fixed: a case report's "Summary of the case", a head over a
  line cut before a name, "... crimes against" / "Yazidi women ..."); PDF text
  0.840 (279 of 332); web pages 0.937 (384 of 410).
- Session 26, blind622-657 (six batches; PDF: ZOA, Bertelsmann BTI, Issam Fares
  Institute, Minority Rights Group, Triangle GH, Christian Aid, Gulf Research
  Center, Première Urgence, Terre des hommes, Rasanah, JICA, ORSAM, COOPI,
  People in Need, SETA, Mission East, Enabel, KOICA; web: Cordaid, INTERSOS,
  MERIP, Medair, The Century Foundation, Emirates Policy Center, Samaritan's
  Purse, Iraq Body Count, Caritas, International Medical Corps, Un Ponte Per,
  Action Against Hunger, WeWorld, EMERGENCY, Johanniter, Malteser, Solidarités
  International, AFD): recall 0.944, 0.972, 0.935, 0.882, 0.973, 0.915; pooled
  0.937 (520 of 555), precision 0.974 (14 lost, 11 fixed: most of them the
  second line of a cover's two-line title, taken as the header's furniture);
  PDF text 0.891 (212 of 238); web pages 0.972 (308 of 317).
- Session 27, blind658-687 (five batches; PDF: Concern Worldwide, Sida, Lutheran
  World Federation, Finn Church Aid, Humanity & Inclusion, TIKA, Cesvi, Heartland
  Alliance, Free Yezidi Foundation, ASB, Dorcas, WADI, Mercy Hands, The Lotus
  Flower, Elbarlament; web: World Relief, Peace Winds Japan, FSD, Yazda, Muslim
  Aid, Qatar Charity, Nonviolent Peaceforce, MapAction, IHH, Syriac Press,
  Assyrian Policy Institute, Ceasefire, Chaldean News, EMMA, Jinda): recall
  0.940, 0.909, 0.877, 0.910, 0.889; pooled 0.907 (304 of 335), precision 0.971
  (9 lost, 5 fixed; left: two "Summary" heads, a strategy's subtitle under its
  kind line, a headline printed twice); PDF text 0.854 (129 of 151); web pages
  0.951 (175 of 184).
- Session 28, blind688-741 (nine batches of six; PDF: CAFOD, MISEREOR, Diakonie
  Katastrophenhilfe, People in Need, Terre des hommes, Al-Nahrain Center,
  Conflict and Health, Iraq's CSO, IRIS, USAID, Première Urgence, KfW, SEED,
  Norwegian Church Aid, ActionAid, UNMAS, KRSO, Plan International, Rawabet
  Center, Kurdistan Save the Children, Duhok health directorate, Human Appeal,
  WMO, IPC, Kindernothilfe, HELP, UNITAR/UNOSAT; web: Türk Kızılay, ACN, CSW,
  Open Doors, KRG, Secours Islamique France, OHCHR, Dijlah TV, Preemptive Love,
  War Child UK, Harikar, Iraqi Al-Amal, Fikra Forum, Asuda, HIAS, Iraqi Red
  Crescent, The New Arab, ANF, Azzaman, Medya News, UNOPS, Al-Mirbad, World
  Vision, Muslim Hands, Alforat News, Al Ghad Press, Sot Al-Iraq): recall 0.981,
  0.939, 0.964, 1.000, 0.900, 0.939, 0.957, 0.860, 0.943; pooled 0.944 (406 of
  430), precision 0.983 (7 lost: 2 an "Abstract" head the new set labelled plain
  against the sets' convention, relabelled; 4 fixed; left: HELP's first chapter
  "Findings", a name older sets give a box's label); PDF text 0.910 (171 of
  188); web pages 0.971 (235 of 242).
- Session 29, blind742-807 (eleven batches of six; PDF: Médecins du Monde, Relief
  International, University of Duhok, SOS Children's Villages, humedica, Trade
  Bank of Iraq, Cap Anamur, Jiyan Foundation, KIPI, Rabee Securities, a Springer
  journal, LafargeHolcim Iraq, EMHJ, Expertise France, Austrian Development
  Agency, Kurdistan Board of Investment, Mandaean Human Rights Group, Al-Bayan
  Center, a University of Baghdad thesis, Bright Future Organization, Iraq's
  Ministry of Environment, GIEWS, the Shelter Cluster, the Logistics Cluster,
  IHCHR, Arab Monetary Fund, OPEC Fund, Qatar Fund for Development, AVSI, Tammuz,
  LIFE for Relief and Development, Elrha, Baghdad Women Association; web:
  Barnabas Aid, KSrelief/SPA, WAM/Emirates Red Crescent, Nadia's Initiative, Nas News, Iraqi Observatory for
  Human Rights, Ultra Iraq, Alight, Rwanga Foundation, Iraq Football
  Association, Asiacell, a travel blog, SDC, Al Jazeera Centre for Studies,
  Syria Direct, Xendan, Tareeq Al-Shaab, Al-Kafeel, Awene, Suroyo TV, Imam
  Hussein Holy Shrine, Peyamner, Hawlati, Zawya, Ahram Online, ISNA, Kuwait
  Fund, Penny Appeal, Community Peacemaker Teams, Abu Dhabi Fund, Mercy-USA,
  Zakat Foundation of America, Iraqi Women Network): recall 0.976, 0.868, 0.947,
  0.907, 0.889, 0.889, 0.900, 0.912, 1.000, 0.853, 0.879; pooled 0.912 (372 of
  408), precision 0.984 (6 lost: 2 box heads, "Abstract" and "Key Points",
  the new sets labelled plain against the convention,
  relabelled; 4 fixed: a comparison dated by its year read as a caption, a
  newsletter's first headline read as its contents entry run on, a cover's
  place title, a project brief's title over fields no rule knew); PDF text
  0.882 (180 of 204); web pages 0.941 (192 of 204).
  Labels the sets already gave differently, followed: a journal's affiliations
  under its writers and a sitrep's kind-and-number line with no other headline
  are metadata.
- Session 30, blind808-855 (eight batches of six; PDF: Protection Cluster Iraq,
  a Wiley journal, Arab Coordination Group, Iraq Education Cluster, CCCM
  Cluster, an Oxford journal, an Elsevier journal, Danish Demining Group, iMMAP,
  an MDPI journal, BMJ Global Health, Mustansiriyah Journal of Sciences, an
  Emerald journal, ARO of Koya University, a De Gruyter chapter, The Lancet
  Global Health, Omran for Strategic Studies, Iraq's Federal Board of Supreme
  Audit, a Brill journal, Tajdid Iraq Foundation, a university legal clinic's
  newsletter, HEEVIE, The Justice Center, a Kirkuk University journal; web:
  OWFI, Kurdsat News, Al-Araby TV, Iraq Foundation, UTV, Al Mada, Sputnik,
  Internews, Salahaddin University-Erbil, BBC Media Action, IREX, Public Aid
  Organization, Kurdish Peace Institute, Rojava Information Center, Cihan
  University-Erbil, BasNews, Jusoor for Studies, KurdPress, Zhyan, Harmoon
  Center, Washington Kurdish Institute, an Iraqi sports site, Ezidi Times, a
  business daily): recall 0.891, 0.962, 0.770, 0.781, 0.893, 0.942, 0.900,
  0.932; pooled 0.878 (390 of 444), precision 0.987 (5 lost, all fixed: a
  journal's numbered first section, "1 | INTRODUCTION", read as a running head;
  an abstract under the keywords run on as their list, 2 lines; a title's rest
  wrapped over its writers; a wrapped first paragraph under a comment count);
  PDF text 0.794 (181 of 228); web pages 0.968 (209 of 216). Twelve of the 24
  PDF sets were journals' first pages, each publisher with its own furniture.
  Label corrected to the sets' convention: a letter's salutation ("Dear
  friends,") is boilerplate.
- Session 31, blind856-885 (five batches of six; PDF: a Palgrave chapter, Duhok
  Polytechnic University's tender, Barzani Charity Foundation, a Cureus paper,
  an IOP proceedings paper, Rasheed Bank's circular, the Netherlands embassy's
  call for proposals, WFP's market monitor, a medRxiv preprint, an IEEE
  conference paper, Baghdad Science Journal, Korek Telecom's annual report, a
  forum's agenda, a Research Square preprint; web: SOHR, Alsharqiya, Lalish
  Center, Al Rabiaa TV, Asharq Business, Levant 24, a US embassy's security
  alert, Al-Ahad TV, University of Al-Qadisiyah, a network's webinar page,
  Project MUSE, ResearchGate, Zenodo, Eventbrite, YouTube, Al-Estiqlal):
  recall 0.946, 0.890, 0.817, 0.729, 0.867; pooled 0.846 (270 of 319),
  precision at first contact 0.964: 10 body lines lost, all fixed (a report's
  short title taken for a masthead line; a section head over sentences set
  one to a line; a paragraph taken for the caption of a gallery count under
  it; the rest of a paper's wrapped title, four times; a field over an
  alert's sentence field; a section head under the header area's wrapped
  last line; a page heading under a running head); PDF text 0.758 (91 of 120), web
  pages 0.899 (179 of 199). Labels corrected to the sets' conventions before
  the fixes, the first-contact figures counted as scored against them: a
  report's title is text (counted lost), a masthead's date is metadata, a
  monitor's series name ("Market Monitor") is metadata like "Flash Update", a
  contact block's label ("Assistance:") is boilerplate like "Contacts:"
  (counted missed), a webinar's speakers with their affiliations are metadata
  like writers with theirs (their 3 first-contact losses not counted).
- Session 32, blind886-927 (seven batches of six; PDF: a Wiley journal page,
  Soran University's job description, a WASH cluster's minutes, a bioRxiv
  preprint, an NGO's request for quotation, Iraqi Journal of Science, a
  Preprints.org preprint, a film festival's press kit, a travel advice page
  printed from a browser, an Oxford journal page, a Federal Supreme Court
  decision, a course syllabus, a patent application, an Encyclopaedia Iranica
  entry, a conference's book of abstracts, a UN Security Council resolution, a
  weather bulletin, a safety data sheet, a journal's correction notice, terms
  of reference; web: Zain Iraq, Wikivoyage, an obituary page, Goodreads,
  GitHub, Tripadvisor, Academia.edu, Booking.com, figshare, a recipe page, a
  letters page, Oxford Academic, Change.org, IMDb, Bayt.com, a parliament's
  written question, Coursera, Discogs, Kickstarter, Rotten Tomatoes,
  MarineTraffic, Glassdoor): recall 0.919, 0.920, 0.867, 0.828, 0.706, 0.719,
  0.627; pooled 0.798 (462 of 579), precision at first contact 0.959: 20 body
  lines lost, 16 fixed (titles: cut after a comma, a one-word name over a
  wiki's line, under a breadcrumb trail, among one-word links, named by a
  browser's print header, an entry's headword, a patent's numbered title, an
  act's number, a title over a cover field; the rest of a paper's title over a
  starred writer; a resolution's preamble opener; a minutes' next meeting), 4
  left (a listing's "About", a travel advice level between the title and its
  date, a film's one-word title among review widgets, a data sheet's second
  section head in the header area); PDF text 0.774 (123 of 159), web pages
  0.807 (339 of 420). The pages were picked to be unlike anything labelled
  before (film, book, code, crowdfunding, employer-review, ship-tracking and
  course pages; patents, decisions, resolutions, syllabi, data sheets), and
  recall fell batch by batch as they grew stranger.
- Session 33, blind928-951 (four batches of six, scored with the line models
  of tasks/line_model.py in place; PDF: a FEWS NET key message update, a
  product manual, a share prospectus, conditions of carriage, an insurance
  policy wording, a printed congressional hearing, a master's thesis cover, an
  RFC, a podcast transcript, release notes, a newspaper's e-paper page, a CV;
  web: Transfermarkt, timeanddate, Stack Overflow, PubMed, Trustpilot, a fan
  wiki, Letterboxd, Wiktionary, Talabat, Numbeo, Skyscanner, Worldometer):
  recall 0.885, 0.762, 0.817, 0.884; pooled 0.832 (302 of 363), precision at
  first contact 0.935: 21 body lines lost, 10 fixed (a player's name over his
  fields, an article head under a running head, a fan wiki's page name, a
  thesis's and an RFC's two-line titles, a transcript's two timed speakers and
  a question to the guest, a film's title, a dictionary's headword), one a
  labelling slip ("Abstract" is boilerplate in 27 earlier sets), 10 left (a
  two-line title's second line, two entry heads of a dictionary page, a
  delivery app's restaurant name, a release's first section head, a CV's
  "Education" head and its publications list, a data page's title); the
  dictionary page's fixes lose two more of its entry heads, so 12 of the
  session's lines are lost now; PDF text 0.695 (66 of 95), web pages 0.881
  (236 of 268).
  blind937's "Abstract" and blind940's "By" and supervisor line were
  relabelled after scoring, to the earlier sets' conventions.
- Session 34, blind952-993 (seven batches of six; PDF: a recall notice, an OSF
  preprint, an edX syllabus, an AGM notice, a lab test report, a lease, an
  ESIA summary, an auditor's report, a package leaflet, a UN briefing, an
  ombudsman's decision, a site guide, a white paper, a Friday sermon, exam
  results, a grant agreement, a minister's statement, a concert programme, a
  conference abstract, a discharge summary, a rail notice; web: Yelp, Zillow,
  Genius, Airbnb, Semantic Scholar, Meetup, SoundCloud, AllTrails, eBay,
  Flightradar24, Mindat, an OpenStreetMap node, The Intercept, ProPublica,
  Times of India, BuzzFeed News, Khan Academy, Strava, Scientific American,
  Allrecipes, Google Maps): recall 0.836, 0.826, 0.736, 0.857, 0.946, 0.828,
  0.776; pooled 0.825 (683 of 828), precision at first contact 0.951: 35 body
  lines lost, 13 fixed (titles: a listing's name over its rating, a
  syllabus's over its course fields, a lease's over its first article, an
  auditor's report's over its addressee, a lyrics page's under its search
  box, a trail's, a site guide's, an art
  page's, a maps place's; a long title's last word on its own line, twice; a
  clause's comma over its short end; a listing's first head), 3 relabelled, 19
  left (see benchmarks/HISTORY.md); 4 more went as later fixes moved a page's header.
  PDF text 0.667 (112 of 168), web pages 0.865 (571 of 660); the three news
  sites of the fifth batch lost nothing.
  Relabelled after scoring, to the earlier sets' conventions: blind956's two
  affiliation lines (metadata, as in the IraqiNER and Sinjar papers),
  blind986's "(Applause)" (a transcript's stage direction), blind987's
  "Programme Notes" and blind992's "DISCHARGE SUMMARY" (kind labels).
- Session 35, blind994-1017 (four batches of six; PDF: an order of service, a
  school newsletter, a customs notice, a large-print exhibition guide, a
  planning decision, a call for papers, a water quality report, a man page, a
  deposit certificate, an admission letter, a parish bulletin, a tax
  assessment; web: Etsy, Udemy, Serious Eats, Indeed, Bandcamp, 404 Media,
  Product Hunt, Docker Hub, Vivino, Foursquare, Wikidata, a Discord post):
  recall 0.613, 0.744, 0.809, 0.710; pooled 0.717 (335 of 467), precision at
  first contact 0.915: 31 body lines lost, 9 fixed (a service sheet's
  "Eulogy", a job advert's named list and its items, four lines, an
  exhibition guide's title, a report's "What we found", a letter's last
  paragraph over its close, a date ending a wrapped sentence), 1 relabelled,
  21 left (a man page's heads and options, ten lines; a course page's heads,
  three; a job advert's "Full job description"; a product's, an image's and a
  wiki item's one-word titles; an image page's "Quick start"; a newsletter's
  first head; a parish priest's letter head; a chat post's last line); the
  line models took three more of the course page's lines once its creator
  and date became metadata, so 24 of the session's lines are lost now. PDF
  text 0.627 (89 of 142), web pages 0.757 (246 of 325).
  Relabelled after scoring, to the earlier sets' conventions: blind998's
  "Dear parents and carers," (a salutation, boilerplate in 13 sets) and
  blind1005's conference place and dates (metadata, as blind881's).
- Session 36, blind1018-1041 (four batches of six; PDF: a tribunal decision,
  a hackathon brief, a lesson plan, a certificate of origin, an impact
  assessment summary, gazette notices, an affidavit, an accident report, a
  quick start guide, a school report card, a food inspection report, a bill
  of lading; web: npm, The Markup, Untappd, TIME, a GitHub release, the
  Duolingo blog, Craigslist, Nextdoor, Vimeo, a government service page, a
  wiki talk page, a used-car listing): recall 0.913, 0.838, 0.880, 0.849;
  pooled 0.872 (415 of 476), precision at first contact 0.954: 20 body lines
  lost, 7 fixed (a package page's title, a video page's title, a product
  guide's packing-list head, a service page's last head and sentence, a talk
  page's name, a listing's "Description"), 3 relabelled, 10 left (a package
  readme's install and usage heads, its code line, its licence and its
  title's echo, seven lines; a beer check-in under its "Comment" button; a
  decision's "DECISION" head; a report card's last head); two lines
  relabelled as text after scoring are lost too (an impact assessment
  summary's "Non-Technical Summary", a product's second title line). PDF
  text 0.720 (103 of 143), web pages 0.937 (312 of 333).
  Relabelled after scoring, to the earlier sets' conventions: blind1022's
  cover title (plain) and version line with its date (metadata); blind1029's
  masthead and issue line (metadata, as blind267's gazette); blind1031's
  replies under the post (boilerplate, as blind309's comment threads);
  blind1035's product name (plain, a title). blind1028 and blind1029 came
  from families already seen (blind967's impact assessment summary,
  blind267's gazette): a family check by a single word missed them.
- Session 37, blind1042-1065 (four batches of six; PDF: a power of attorney,
  a weather warning bulletin, a building permit, an insurance policy
  schedule, a journal's correction notice, a call for applications, a
  standard operating procedure, an exam paper, a fire evacuation procedure,
  a board resolution, a residents' notice, a warranty card; web: Twitch,
  itch.io, Fiverr, Wattpad, chess.com, AliExpress, a museum collection page,
  a GitHub issue, a commencement speech, a Telegram channel preview, the
  Chrome Web Store, Scribd): recall 0.698, 0.857, 0.882, 0.851; pooled 0.815
  (362 of 444), precision at first contact 0.933: 26 body lines lost, 23
  fixed (five page names taken for navigation or the line models, a chess
  report's standings list, an issue's Environment list, a speech's and a
  notice's closing thanks, an exam's question heads and marks, a procedure's
  title read as a running head, a warranty card's terms head, a gig page's
  bullet), 3 left
  (an extension's feature bullets, read as the footer's links). PDF text
  0.789 (75 of 95), web pages 0.822 (287 of 349): the web sets were
  marketplaces and stores whose pages are mostly widgets. No labels changed
  after scoring; every family was checked by opening the earlier sets the
  family's words found (a thesis, a cover letter and a police report were
  dropped before scoring as blind940's, the letters' and blind1034's kin).
- Session 38, blind1066-1083 (three batches of six; news sites: ABC News,
  The Globe and Mail, Stuff, Nation Africa, Bangkok Post, Mail & Guardian,
  Balkan Insight, The Kathmandu Post; Healthline, Investopedia; PDF: a
  travel advisory, a final communiqué, an earnings release, a concept note,
  an NGO case study, a US indictment, a note verbale, an invitation for
  bids): recall 0.874, 0.849, 0.894; pooled 0.872 (368 of 422), web pages
  0.927 (303 of 327), PDF text 0.684 (65 of 95); precision at first contact
  0.974: 10 body lines lost, 8 fixed (a results release's list head, a
  concept note's named list under its running foot, a health page's headline
  under the page's title, an indictment's case caption and first head), 2
  left (a travel advisory's page title among short lines over its date;
  Balkan Insight's headline under its breadcrumb copy). Six labels were set to the conventions after scoring:
  "Date:", "PUBLISHED :", "Date of issue:" and "WRITER:"/"Submitted by:" lines
  are metadata, a deck is text.
- Session 39, blind1084-1113 (five batches of six; news sites: Libya
  Observer, The Brussels Times, Citizen Digital, The Sydney Morning Herald,
  The Texas Tribune, Irish Independent, RTÉ, The Scotsman, New Statesman,
  South China Morning Post, The Express Tribune, Times of Malta, Cyprus Mail,
  Eurasianet, The Philippine Star, Daily Trust, Civil.ge, Deccan Herald,
  Hungary Today, The Wire, Azatutyun, Daily Monitor, IPP Media, Gazeta
  Express; PDF: a UK Supreme Court press summary, a US Treasury sanctions
  release, a House of Commons committee report, an FOI reply, a coroner's
  report to prevent future deaths, a planning decision): recall 0.932,
  0.881, 0.911, 0.943, 0.942; pooled 0.920 (555 of 603), web pages 0.950
  (509 of 536), PDF text 0.687 (46 of 67); precision at first contact 0.986:
  8 body lines lost, all fixed (a press summary's first section head, New
  Statesman's three-word headline, Times of Malta's last paragraph under a
  plea, a coroner's five numbered section heads read as running heads). One
  label was set to the conventions after scoring (The Express Tribune's deck
  is text); before scoring, Deccan Herald's deck was written as text, its
  closing "(Published ...)" as metadata, and Daily Monitor's summary point
  as metadata.
- Session 40, blind1114-1149 (six batches of six; news sites: The Manila
  Times, The Nation (Thailand), ThisDay, Georgia Today, Tunisie Numérique,
  Jamaica Gleaner, Dhaka Tribune, Khmer Times, The Namibian, Kun.uz, The
  Baltic Times, Stabroek News, EconomyNext, The Fiji Times, Lusaka Times,
  Malawi24, Libya Herald, Asia-Plus, Armenpress, The Irrawaddy, Tengrinews,
  AzerNews, The Laotian Times, APS, Moldpres, Mmegi, Jamaica Observer,
  Montsame, Trinidad Guardian, Seychelles Nation; PDF: a WHO media advisory,
  a consultation response, a UN briefing transcript, a cyclone bulletin, an
  AGM notice, council minutes): recall 0.984, 0.950, 0.945, 0.962, 0.952,
  0.906; pooled 0.952 (576 of 605), web pages 0.963 (545 of 566), PDF text
  0.795 (31 of 39); precision at first contact 0.998: one body line lost and
  fixed (the cyclone bulletin's subject under its kind label). Before
  scoring, decks, a standfirst, a consultation response's title and its
  questions were written as text, relative ages, an end byline and an
  agency's sign-off as metadata. These sets are written by the hands that
  fix the rules: read the figure as an upper bound for unseen sites.
- Session 41, blind1150-1173 (four batches of six; news sites: Myanmar Now,
  Barbados Today, Kuensel, The Edition, Samoa Observer, Solomon Star,
  Post-Courier, The Point, Sierra Leone Telegraph, FrontPage Africa, Times of
  Eswatini, Sunday Standard, Amandala, The Nassau Guardian, 24.kg, Lesotho
  Times, NewsDay, Le Mauricien (French), Matangi Tonga, Vanuatu Daily Post;
  PDF: an earnings call transcript, a record of inquest, a school newsletter,
  an auditor's report): recall 0.939, 0.921, 0.942, 0.929; pooled 0.933 (401
  of 430), web pages 0.962 (359 of 373), PDF text 0.737 (42 of 57);
  precision at first contact 0.990: four body lines lost and fixed (a call's
  operator turn and closing line, a newsletter's message head, an auditor's
  "Opinion"). Before scoring, a transcript's speaker lines and section heads
  were written as text, a newsletter's salutation and close as boilerplate;
  after scoring, blind1161's only title "RECORD OF INQUEST" was set to text
  (the convention, meant before scoring; the figure counts it as scored).
- Session 42, blind1174-1209 (six batches of six, half of them PDF text; news
  sites: Loop PNG, fijivillage, Cook Islands News, Cayman Compass, The Royal
  Gazette, St Lucia Times, Antigua Observer, Iceland Review, Pacific Daily
  News, Gibraltar Chronicle, Luxembourg Times, NOW Grenada, Dominica News
  Online, The Malta Independent, Monaco Life, RNZ Pacific, Liechtensteiner
  Vaterland (German), Diari d'Andorra (Catalan), Sermitsiaq.AG, Local.fo,
  Turks and Caicos Weekly News, SKNVibes, Breaking Belize News; PDF: a parish
  bulletin, a police press statement, a town council's agenda, a product
  recall, a trial's lay summary, a notice of AGM, a pump's data sheet, a rail
  engineering notice, a patient leaflet, a museum's visitor guide, a water
  quality report, a bank's letter, a call for papers): recall 0.876, 0.944,
  0.872, 0.907, 0.908, 0.882; pooled 0.899 (444 of 494), web pages 0.987
  (370 of 375), PDF text 0.622 (74 of 119); precision at first contact 0.980:
  nine body lines lost: two kept since, three of them labels set after
  scoring, four left. After scoring, three labels were set to
  the precedents (each counted as scored, lost): blind1178's prayer list
  (blind1016 labels a bulletin's the same), blind1185's "URGENT PRODUCT SAFETY
  RECALL" (a kind label over the product's title), blind1209's "Abstracts ...
  should be submitted" (an earlier call's instructions).
- Session 43, blind1210-1239 (five batches of six, half of them PDF text; news
  sites: Marshall Islands Journal, Starnieuws (Dutch), Expresso das Ilhas
  (Portuguese), The BVI Beacon, Island Times, Curaçao Chronicle, The
  Anguillian, Borneo Bulletin, TATOLI, Seychelles Nation, lexpress.mu
  (French), Kuensel, Aruba Today, Téla Nón (Portuguese), La Nation (French);
  PDF: an order of service, a jury summons, an electricity bill, a hotel
  booking confirmation, an exam timetable, a statement of persons nominated,
  a vet's discharge note, a grant award letter, a conference programme, a
  payslip, an insurance certificate, a planning site notice, a job offer
  letter, a school trip letter, a residents' newsletter): recall 0.811,
  0.784, 0.976, 0.861, 0.905; pooled 0.860 (382 of 444), web pages 0.980
  (243 of 248), PDF text 0.709 (139 of 196); precision at first contact
  0.962: fifteen body lines lost, thirteen kept since, one left (blind1233's
  "Any comments you make ..."), one a label set after scoring. After scoring,
  three labels were moved toward what the tool did (each counted as scored):
  blind1227's conference name (the programme's title, no theme under it),
  blind1231's "PAYSLIP" (a form's kind in capitals under its issuer, as the
  building permit's) and its "Pay date" (a date, as the bill's "Bill date").
- Session 44, blind1240-1281 (seven batches of six, half of them PDF text; news
  sites: The Montserrat Reporter, Al-Watwan (French), Nya Åland (Swedish),
  iWitness News, The Edition, Jersey Evening Post, Penguin News, Isle of Man
  Today, Lesotho Times, St Helena Independent, Guernsey Press, The Point,
  Vanuatu Daily Post, Sun Online, Manx Radio, The Nassau Guardian, Barbados
  Today, Clicanoo (French), Saipan Tribune, The Daily Herald, Bernews; PDF: a
  council tax bill, a reference letter, a lost-dog poster, an MOT
  certificate, a school term report, a deposit protection certificate, a
  penalty charge notice, a library overdue letter, a boarding pass, a gym
  cancellation letter, a fun-run poster, a car hire agreement, a water
  interruption notice, a bin collection calendar, a vet's vaccination
  reminder, a charity's thank-you letter, a dental appointment letter, a
  wedding invitation, a parking permit letter, a parish notice sheet, a
  certificate of attendance): recall 0.880, 0.929, 0.888, 0.987, 0.930,
  0.875, 0.818; pooled 0.903 (512 of 567), web pages 0.986 (342 of 347), PDF
  text 0.783 (170 of 217); precision at first contact 0.973: fourteen body
  lines lost, eight kept since, six left (blind1249's "You can check the MOT
  history ...", blind1273's "Your gift will help us care ...", blind1280's
  two section heads and last notice, blind1281's kind). After scoring, three
  labels were moved toward what the tool did (each counted as scored):
  blind1253's deck and blind1266's desk byline (labelled against the
  conventions: decks are plain, desk bylines M) and blind1011's "Deposit
  Protection Certificate" (a kind in mixed case under its issuer is the
  title, as blind1232's "Certificate of Insurance").
- Session 45, blind1282-1317 (six batches of six, half of them PDF text; news
  sites: Kiribati Independent, Les Nouvelles Calédoniennes (French), TNTV
  (French), Tristan da Cunha's news page, Wallis et Futuna la 1ère (French),
  Nauru's Government Information Office, Norfolk Online News, The Islander,
  El Faro de Ceuta (Spanish), Niue Star, Journal de Saint-Barth (French),
  Bonaire.nu (Dutch), The Kaselehlie Press, Svalbardposten (Norwegian), Gozo
  News, Stabroek News, Eswatini Observer, Solomon Times; PDF: a gas safety
  record, a recipe card, an allotment renewal letter, a notice of hearing, an
  energy performance certificate, a funeral notice, a guarantee card, a road
  closure notice, a season ticket letter, a fishing day ticket, a heater's
  safety leaflet, an exam results slip, a passport renewal letter, a bus
  timetable notice, banns of marriage, a volunteer role description, a
  vehicle tax reminder, a repeat prescription slip): recall 0.910, 0.863,
  0.797, 0.925, 0.859, 0.905; pooled 0.878 (389 of 443), web pages 0.952
  (257 of 270), PDF text 0.763 (132 of 173); precision at first contact
  0.968: thirteen body lines lost, nine kept since, two left (blind1315's
  "About the role", blind1317's kind), two moved by labels. After scoring,
  three labels were moved toward what the tool did (each counted as scored):
  blind1291's "NOTICE OF HEARING" (a notice's kind right over its text is its
  title, as blind1143's and blind1191's AGM notices are), blind1292's
  "Breakdown of property's energy performance" (a table's title goes with its
  table) and blind1304's "IMPORTANT SAFETY INSTRUCTIONS" (a leaflet's kind,
  as a quick start guide's). blind1303's "Please take all litter home ..."
  was kept at first contact and is lost since its ticket's standing
  conditions under it went (left).
- Session 46, blind1318-1365 (eight batches of six, half of them PDF text;
  news sites: Mayotte la 1ère, Namibian Sun, San Marino RTV (Italian),
  Ghanaian Times, Jornal Tribuna de Macau (Portuguese), L'Écho des Caps
  (French), Corriere del Ticino (Italian), O País (Portuguese), The
  Vincentian, Alderney Journal, Nunatsiaq News, Diario de Ibiza (Spanish),
  Corse Matin (French), New Era, KNR (Danish), Tahiti Infos (French),
  Inforpress (Portuguese), Samoa Global News, Islands Business, Le Mauricien
  (French), DNOTICIAS (Portuguese), KUAM News, Wantok (Tok Pisin), Jornal de
  Angola (Portuguese); PDF: a TV licence reminder, a school uniform price
  list, a tenancy agreement, a hotel folio, a patient leaflet, a swimming
  certificate, an event ticket, a parish newsletter, a library card
  application, a museum guide, a warranty claim form, a council tax bill, a
  restaurant menu, a pet vaccination record, an insurance renewal, a gym
  welcome letter, school term dates, a car service invoice, a gift voucher,
  a missed delivery card, a rent increase notice, a library overdue notice,
  a dental treatment plan, a train ticket): recall 0.986, 0.922, 0.893,
  0.913, 0.952, 0.931, 0.930, 0.818; pooled 0.932 (449 of 482), web pages
  0.989 (280 of 283), PDF text 0.849 (169 of 199); precision at first
  contact 0.968: fifteen body lines lost (nine of them the menu's heads and
  dishes, taken as a bill's charges), twelve kept since, three left
  (blind1356's first paragraph over its credit, read as a caption,
  blind1364's kind under its practice and motto, blind1365's journey).
  After scoring, three labels were moved (each counted as scored):
  blind1337's "Updated:" line (the page's only date is metadata, as the
  older sets label it), blind1345's service-charge sentence (text, as
  blind1327's) and blind1363's "Overdue items reminder" (a kind in mixed case
  under its issuer is the title); the last is lost (left).
- Session 47, blind1366-1407 (seven batches of six, half of them PDF text;
  news sites: The Guam Daily Post, Liechtensteiner Volksblatt (German),
  Bondia (Catalan), Macau Daily Times, Ålandstidningen (Swedish), Ahora EG
  (Spanish), GBC News, Monaco-Matin (French), O Democrata (Portuguese),
  Vatican News (Italian), Times of Malta, Pitcairn Miscellany, The Tribune
  (Bahamas), Samoa News, France-Guyane (French), Cyprus Mail, Le Quotidien
  (French), Açoriano Oriental (Portuguese), Antilliaans Dagblad (Dutch),
  Diario (Papiamento), Cayman News Service; PDF: a poll card, a delivery
  note, a food hygiene inspection report, a blood donor appointment, a till
  receipt, a garden waste subscription, a theatre programme, a broadband
  contract summary, a lost property claim form, a school photo order form,
  parish council minutes, a boiler quotation, a bank statement, a pension
  statement, a household enquiry form, a school admission offer, a building
  completion certificate, an allotment waiting list, a meter reading card, a
  volunteer rota, an RSVP card): recall 0.938, 0.911, 0.812, 0.914, 0.880,
  0.969, 0.885; pooled 0.900 (488 of 542), web pages 0.961 (322 of 335), PDF
  text 0.802 (166 of 207); precision at first contact 0.970: fifteen body
  lines lost, fourteen kept since, one left (blind1397's last sentence over
  the lead photo's credit, read as its caption). After scoring, six labels
  were moved (each counted as scored): blind1381's show dates (metadata, as
  blind1227's conference dates), blind1393's "Current account statement" and
  blind1405's "We called to read your meter" (a heading under its issuer over
  fields is the title), blind1394's "Statement date:" and blind1405's "Date:"
  (metadata, as blind1393's) and blind1404's "Written by Staff Writer" (a
  desk byline is metadata).
- Session 48, blind1408-1431 (four batches of six, half of them PDF text;
  news sites: Marianas Variety, The Shetland Times, Majorca Daily Bulletin,
  Amandala, De Ware Tijd (Dutch), L'essentiel (French), Kaieteur News,
  Canarias7 (Spanish), The Orcadian, Searchlight, Tageblatt (German),
  Stornoway Gazette; PDF: a notice of intended prosecution, an outpatient
  appointment letter, a premises licence notice, a tax code notice, a
  sponsorship form, a school lunch menu, a Blue Badge renewal letter, a
  street party application, a nursery invoice, an energy price change
  letter, a Gift Aid declaration, a church's Christmas leaflet): recall
  0.940, 0.857, 0.923, 0.910; pooled 0.909 (321 of 353), web pages 0.966
  (197 of 204), PDF text 0.832 (124 of 149); precision at first contact
  0.979: seven body lines lost, five kept since, two left (blind1418's
  "Sponsor me!" over its event's name, read as a kicker, and blind1431's
  "Christmas at St Andrew's" under the church's name). After scoring, four
  labels were moved (each counted as scored): blind1413's "NOTICE OF
  APPLICATION FOR A PREMISES LICENCE" right over its text (the title, as
  older notices'), blind1416's deck (text, as decks are), blind1417's "You
  can check your tax code ... at www.gov.uk/..." (text, as blind1249's MOT
  line) and blind1418's event name under the form's heading (text).
- Session 49, blind1432-1461 (five batches of six, four web pages and two
  PDF texts each; news sites: Virgin Islands News Online, The St. Thomas
  Source, Bailiwick Express, RÚV English, Newsday (Trinidad and Tobago),
  Outremers360 (French), Dimmalætting (Faroese), The Westerly Times, Hela
  Gotland (Swedish), L'Unione Sarda (Italian), The Nome Nugget, RCI
  Guadeloupe (French), Lofotposten (Norwegian), Saint-Pierre et Miquelon la
  1ère (French), Daily Sitka Sentinel, Newsbook (Maltese), Yukon News, Isle
  of Wight County Press, Altaveu (Catalan), Kodiak Daily Mirror; PDF: a
  council press release, a stock exchange results announcement, a
  magistrates' court results list, a rowing club's AGM minutes, a police
  witness appeal, an ombudsman's decision summary, a freedom-of-information
  reply, a declaration of result of poll, a school closure letter, a
  hospital visiting notice): recall 0.971, 0.921, 0.905, 0.967, 0.937;
  pooled 0.942 (501 of 532), web pages 0.972 (419 of 431), PDF text 0.812
  (82 of 101); precision at first contact 0.996: two body lines lost,
  blind1434's headline printed twice over a photo credit (kept since) and
  blind1449's first section head "Summary" (left, as blind323's). After
  scoring, seven lines' labels were moved (each counted as scored): the decks of
  blind1445 and blind1456, text as decks are; blind1434's date over the
  headline, the article's only date, metadata; blind1449's "Decision
  summary" under its issuer (the kind title, as blind1424's) and its
  "Final decision" section (text); blind1460's "Thank you for your
  understanding." (text, as blind1064's notice's thanks).
- Session 50, blind1462-1497 (six batches of six, four web pages and two
  PDF texts each; news sites: Shetland News, France-Antilles Martinique
  (French), Extra (Papiamento), Bæjarins besta (Icelandic), Kathimerini
  Cyprus (Greek), Bemidji Pioneer, The Northern View, Fish Farmer, Der
  Nordschleswiger (German), The Cordova Times, Diario del AltoAragón
  (Spanish), Splash247, Hallingdølen (Norwegian), Inverness Courier, Le
  Télégramme (French), The Construction Enquirer, Tiroler Tageszeitung
  (German), Skagit Valley Herald, Il Tirreno (Italian), Farmers Weekly,
  Jamestown Sun, Ouest-France (French), Sydsvenskan (Swedish), Retail
  Gazette; PDF: a local notice to mariners, a licensing sub-committee
  decision, a planning committee report, a House of Lords written answer, a
  coroner's prevention-of-future-deaths report, an invitation to tender, an
  environmental permit application notice, a charity annual report's
  foreword, a public consultation leaflet, a patient safety alert, a school
  inspection report summary, a job vacancy advert): recall 0.937, 0.945,
  0.848, 0.963, 0.922, 0.944; pooled 0.925 (482 of 521), web pages 0.976
  (414 of 424), PDF text 0.701 (68 of 97); precision at first contact 0.988:
  six body lines lost, all titles or heads of the PDF texts (kept since).
  After scoring, 17 lines' labels were moved to agree with earlier sets (each
  counted as scored): a "Posted by" and a "Journalist" around the writer
  (metadata, as blind179's and blind249's), a "Hearing date:" (metadata, as
  blind1442's "Sitting date:"), a written answer's "Asked by", "Answered by"
  and submission line (metadata, as blind917's), a coroner's form's six
  section lines (text, as blind1106's), five sentences of a tender and a
  consultation leaflet (text, as blind857's "Bid documents can be obtained
  ..."). Against the final labels session 49's tree scores 0.956 (482 of
  504): web 0.981, PDF 0.829.
- Session 51, blind1498-1527 (five batches of six, four web pages and two
  PDF texts each; news sites: Salzburger Nachrichten (German), The Press
  and Journal, La Voz de Galicia (Spanish), Offshore Energy, Kleine Zeitung
  (German), Nordlys (Norwegian), The Northern Echo, Mining Weekly, Il Secolo
  XIX (Italian), Hufvudstadsbladet (Swedish), Connacht Tribune, Railway
  Gazette International, Bergens Tidende (Norwegian), Main-Post (German),
  Cornwall Live, Bangor Daily News, La Dépêche (French), Diario Vasco
  (Spanish), The Yorkshire Post, Recharge; PDF: a temporary traffic order
  notice, a product recall, a Christmas bin collection leaflet, a notice of
  AGM, a water supply interruption letter, a medicine's package leaflet, a
  bus service change notice, a GP practice newsletter, a planning appeal
  decision, school term dates): recall 0.936, 0.892, 0.978, 0.956, 0.920;
  pooled 0.936 (426 of 455), web 0.963, PDF 0.805; precision 0.988. Against
  the final labels (6 moved to agree with earlier sets), session 50's tree
  scores 0.930, web 0.955, PDF 0.815.
- Session 52, blind1528-1551 (four batches of six, four web pages and two
  PDF texts each; news sites: Le Soir (French), NZ Herald, Kieler
  Nachrichten (German), Helsingin Sanomat (Finnish), Jyllands-Posten
  (Danish), Heraldo (Spanish), Sud Ouest (French), The Irish News, Corriere
  Adriatico (Italian), Trouw (Dutch), Otago Daily Times, Luzerner Zeitung
  (German), Expressen (Swedish), Il Mattino (Italian), Nice-Matin
  (French), The Courier; PDF: a listed building's list entry, a fire safety
  letter to residents, a research participant information sheet, recycling
  centres' Christmas hours, a noise abatement notice, grant guidance notes,
  a public spaces protection order, a parish precept leaflet): recall
  0.805, 0.931, 0.966, 0.875; pooled 0.890 (347 of 390), web 0.944, PDF
  0.632; precision 0.983. Against the final labels (6 moved to agree with
  earlier sets), session 51's tree scores 0.892, web 0.938, PDF 0.667.

A line starting with `@@B ` is boilerplate, `@@M ` is metadata (title, byline,
date, standfirst): neither body nor boilerplate, so it is not scored for
precision and recall. The last column counts the short metadata lines (at most
twelve words: dates, bylines, datelines, titles, short standfirsts) left as a
paragraph of the cleaned text; a standfirst may stay, the others should not.

A removed line is a true positive when labelled boilerplate; a body line that
was removed is a false positive (lost article text).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tasks.bundle import Document, read_bundle, read_bundle_bytes
import polars as pl

from tasks.clean import clean_frame, load_rules

HERE = Path(__file__).resolve().parent / "cleaning"
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "news-iraq.bundle"
MARKERS = {"@@B ": "B", "@@M ": "M"}
SHORT_METADATA_WORDS = 12  # longer metadata lines are standfirsts, which may stay as the text's first paragraph


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    short_metadata: int = 0  # metadata lines of at most SHORT_METADATA_WORDS words
    metadata_in_text: int = 0  # ... left as a paragraph of clean.text
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        removed = self.true_positive + self.false_positive
        return self.true_positive / removed if removed else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 1.0


def annotated_documents(file_name: str) -> list[tuple[str, str, dict[int, str]]]:
    """(name, raw text, {line_no: label}) with the markers stripped."""
    annotated = [d for d in read_bundle_bytes((HERE / file_name).read_bytes()) if isinstance(d, Document)]
    result = []
    for document in annotated:
        lines, labels = [], {}
        for number, line in enumerate(document.text.split("\n"), 1):
            for marker, label in MARKERS.items():
                if line.startswith(marker):
                    line, labels[number] = line[len(marker) :], label
            lines.append(line)
        result.append((document.name, "\n".join(lines), labels))
    return result


def sample_documents() -> list[tuple[str, str, dict[int, str]]]:
    labels: dict[str, dict[int, str]] = {}
    for row in (HERE / "sample.gold.tsv").read_text().splitlines():
        if row and not row.startswith("#"):
            name, number, label = row.split("\t")
            labels.setdefault(name, {})[int(number)] = label
    return [(d.name, d.text, labels.get(d.name, {})) for d in read_bundle(SAMPLE)]


def score(documents: list[tuple[str, str, dict[int, str]]]) -> Score:
    """Each set is cleaned as one shard, as the flow does, so lines repeated across its
    documents can be learned as boilerplate."""
    result = Score()
    shard = pl.DataFrame({"doc_id": [name for name, _, _ in documents], "text": [text for _, text, _ in documents]})
    clean_rows, removed_rows, _ = clean_frame(shard)
    paragraphs_by_document = {row["doc_id"]: {" ".join(paragraph.split()) for paragraph in row["text"].split("\n\n")}
                              for row in clean_rows}
    prefixes = {rule.name for rule in load_rules().of_kind("strip_prefix")}  # a label cut from a line that stays
    removed_by_document: dict[str, dict[int, str]] = {}
    for row in removed_rows:
        if row["rule"] not in prefixes:
            removed_by_document.setdefault(row["doc_id"], {})[row["line_no"]] = row["rule"]
    for name, text, labels in documents:
        removed = removed_by_document.get(name, {})
        raw_lines = text.split("\n")
        paragraphs = paragraphs_by_document.get(name, set())
        for number, line in enumerate(raw_lines, 1):
            if labels.get(number) == "M" and line.strip() and len(line.split()) <= SHORT_METADATA_WORDS:
                result.short_metadata += 1
                if " ".join(line.split()) in paragraphs:  # a date, byline or dateline line the header pass missed
                    result.metadata_in_text += 1
                    result.errors.append(f"metadata in text {name}:{number} {line.strip()[:90]}")
            if not line.strip() or labels.get(number) == "M":
                continue
            gold = labels.get(number) == "B"
            if number in removed and gold:
                result.true_positive += 1
            elif number in removed:
                result.false_positive += 1
                result.errors.append(f"lost body line  {name}:{number} [{removed[number]}] {line.strip()[:90]}")
            elif gold:
                result.false_negative += 1
                result.errors.append(f"kept boilerplate {name}:{number} {line.strip()[:90]}")
    return result


def labelled_sets() -> list[tuple[str, list[tuple[str, str, dict[int, str]]]]]:
    """Every labelled set: the sample bundle first, then each annotated bundle in the
    order it was written (heldout, test, blind3, blind4, ...)."""
    def written_order(path: Path) -> tuple[int, int]:
        name = path.name.split(".")[0]
        number = re.sub(r"\D", "", name)
        return ({"heldout": 0, "test": 1}.get(name, 2), int(number or 0))

    files = sorted(HERE.glob("*.annotated.bundle"), key=written_order)
    return [("sample", sample_documents())] + [(f.name.split(".")[0], annotated_documents(f.name)) for f in files]


def main(argv: list[str] | None = None) -> int:
    """`--set NAME` scores one set (a new set's first contact); no argument scores all,
    with a pooled row."""
    arguments = sys.argv[1:] if argv is None else argv
    wanted = set(arguments[arguments.index("--set") + 1 :]) if "--set" in arguments else None
    print(f"{'set':<8} {'boilerplate':>11} {'removed':>7} {'precision':>9} {'recall':>7} {'metadata in text':>16}")
    pooled = Score()
    for label, documents in labelled_sets():
        if wanted and label not in wanted:
            continue
        result = score(documents)
        pooled.true_positive += result.true_positive
        pooled.false_positive += result.false_positive
        pooled.false_negative += result.false_negative
        pooled.short_metadata += result.short_metadata
        pooled.metadata_in_text += result.metadata_in_text
        _print_row(label, result)
        for error in result.errors:
            print("   ", error)
    _print_row("pooled", pooled)
    return 0


def _print_row(label: str, result: Score) -> None:
    gold = result.true_positive + result.false_negative
    removed = result.true_positive + result.false_positive
    metadata = f"{result.metadata_in_text}/{result.short_metadata}"
    print(f"{label:<8} {gold:>11} {removed:>7} {result.precision:9.3f} {result.recall:7.3f} {metadata:>16}")


if __name__ == "__main__":
    sys.exit(main())
