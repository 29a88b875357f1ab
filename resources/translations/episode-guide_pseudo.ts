<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Clear {field}</source>
            <translation>[Çļéàŕ {field} ~~~]</translation>
        </message>
        <message>
            <source>More</source>
            <translation>[Möŕé ~]</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>[Šéļéçţ Àļļ ~]</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>[&amp;Impöŕţ Fîļéš… ~~~]</translation>
        </message>
        <message>
            <source>Import article files</source>
            <translation>[Împöŕţ àŕţîçļé fîļéš ~~~~~]</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>[Împöŕţ &amp;Föļðéŕ… ~~~]</translation>
        </message>
        <message>
            <source>Import every article file in a folder</source>
            <translation>[Împöŕţ évéŕý àŕţîçļé fîļé îñ à föļðéŕ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Get Articles from a Wiki…</source>
            <translation>[&amp;Géţ Àŕţîçļéš fŕöm à Ŵîķî… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Bring a show's articles from Wikipedia or another wiki</source>
            <translation>[Bŕîñĝ à šĥöŵ'š àŕţîçļéš fŕöm Ŵîķîpéðîà öŕ àñöţĥéŕ ŵîķî ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ ~]</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Uñðö ~]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Réðö ~]</translation>
        </message>
        <message>
            <source>&amp;Find in Article…</source>
            <translation>[&amp;Fîñð îñ Àŕţîçļé… ~~~~]</translation>
        </message>
        <message>
            <source>Find text in the open article</source>
            <translation>[Fîñð ţéxţ îñ ţĥé öpéñ àŕţîçļé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>[Fîñð &amp;Néxţ ~]</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>[Fîñð Pŕé&amp;vîöûš ~~~]</translation>
        </message>
        <message>
            <source>&amp;Search Library…</source>
            <translation>[&amp;Séàŕçĥ Ļîbŕàŕý… ~~~~]</translation>
        </message>
        <message>
            <source>Search every article and note</source>
            <translation>[Šéàŕçĥ évéŕý àŕţîçļé àñð ñöţé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fi&amp;lter Navigator</source>
            <translation>[Fî&amp;lţéŕ Ñàvîĝàţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>Narrow the navigator by title</source>
            <translation>[Ñàŕŕöŵ ţĥé ñàvîĝàţöŕ bý ţîţļé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>[&amp;Bàçķ ~]</translation>
        </message>
        <message>
            <source>Go back to the page or article before</source>
            <translation>[Ĝö bàçķ ţö ţĥé pàĝé öŕ àŕţîçļé béföŕé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>[&amp;Föŕŵàŕð ~]</translation>
        </message>
        <message>
            <source>Go forward again</source>
            <translation>[Ĝö föŕŵàŕð àĝàîñ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Previous Episode</source>
            <translation>[&amp;Pŕévîöûš Épîšöðé ~~~~]</translation>
        </message>
        <message>
            <source>The article before this one in broadcast order</source>
            <translation>[Ţĥé àŕţîçļé béföŕé ţĥîš öñé îñ bŕöàðçàšţ öŕðéŕ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Next Episode</source>
            <translation>[&amp;Néxţ Épîšöðé ~~~]</translation>
        </message>
        <message>
            <source>The article after this one in broadcast order</source>
            <translation>[Ţĥé àŕţîçļé àfţéŕ ţĥîš öñé îñ bŕöàðçàšţ öŕðéŕ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>[Žööm &amp;Iñ ~]</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>[Žööm &amp;Oûţ ~]</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>[&amp;Açţûàļ Šîžé ~~]</translation>
        </message>
        <message>
            <source>&amp;Watched</source>
            <translation>[&amp;Wàţçĥéð ~]</translation>
        </message>
        <message>
            <source>Mark the open episode watched or unwatched</source>
            <translation>[Màŕķ ţĥé öpéñ épîšöðé ŵàţçĥéð öŕ ûñŵàţçĥéð ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark &amp;Watched</source>
            <translation>[Màŕķ &amp;Wàţçĥéð ~~~]</translation>
        </message>
        <message>
            <source>Mark &amp;Unwatched</source>
            <translation>[Màŕķ &amp;Uñŵàţçĥéð ~~~]</translation>
        </message>
        <message>
            <source>Mark Watched &amp;Up to Here</source>
            <translation>[Màŕķ Ŵàţçĥéð &amp;Up ţö Ĥéŕé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark this and every earlier unwatched episode watched</source>
            <translation>[Màŕķ ţĥîš àñð évéŕý éàŕļîéŕ ûñŵàţçĥéð épîšöðé ŵàţçĥéð ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Unwatched Only</source>
            <translation>[&amp;Uñŵàţçĥéð Öñļý ~~~]</translation>
        </message>
        <message>
            <source>Show only unwatched episodes in the navigator</source>
            <translation>[Šĥöŵ öñļý ûñŵàţçĥéð épîšöðéš îñ ţĥé ñàvîĝàţöŕ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Spoiler Shield</source>
            <translation>[&amp;Spöîļéŕ Šĥîéļð ~~~]</translation>
        </message>
        <message>
            <source>Fold the prose of unwatched episodes</source>
            <translation>[Föļð ţĥé pŕöšé öf ûñŵàţçĥéð épîšöðéš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hide &amp;Titles of Unwatched Episodes</source>
            <translation>[Ĥîðé &amp;Tîţļéš öf Ûñŵàţçĥéð Épîšöðéš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>With the Spoiler Shield, unwatched episodes go by their number alone</source>
            <translation>[Ŵîţĥ ţĥé Špöîļéŕ Šĥîéļð, ûñŵàţçĥéð épîšöðéš ĝö bý ţĥéîŕ ñûmbéŕ àļöñé ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;About Episode Guide</source>
            <translation>[&amp;Aböûţ Épîšöðé Ĝûîðé ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Continue Watching</source>
            <translation>[&amp;Cöñţîñûé Ŵàţçĥîñĝ ~~~~~]</translation>
        </message>
        <message>
            <source>Each show in progress with its next episode</source>
            <translation>[Éàçĥ šĥöŵ îñ pŕöĝŕéšš ŵîţĥ îţš ñéxţ épîšöðé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>[&amp;Hîšţöŕý ~]</translation>
        </message>
        <message>
            <source>Every play, newest first</source>
            <translation>[Évéŕý pļàý, ñéŵéšţ fîŕšţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>S&amp;tatistics</source>
            <translation>[Š&amp;tàţîšţîçš ~~]</translation>
        </message>
        <message>
            <source>What you watched, in charts</source>
            <translation>[Ŵĥàţ ýöû ŵàţçĥéð, îñ çĥàŕţš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;All Notes</source>
            <translation>[&amp;Aļļ Ñöţéš ~]</translation>
        </message>
        <message>
            <source>Every note you wrote</source>
            <translation>[Évéŕý ñöţé ýöû ŵŕöţé ~~~~~]</translation>
        </message>
        <message>
            <source>Start a &amp;Rewatch</source>
            <translation>[Šţàŕţ à &amp;Réŵàţçĥ ~~~~]</translation>
        </message>
        <message>
            <source>Begin a new pass of this show; earlier plays stay</source>
            <translation>[Béĝîñ à ñéŵ pàšš öf ţĥîš šĥöŵ; éàŕļîéŕ pļàýš šţàý ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sa&amp;ve Search…</source>
            <translation>[Šà&amp;vé Šéàŕçĥ… ~~~]</translation>
        </message>
        <message>
            <source>Keep this search in the navigator</source>
            <translation>[Ķéép ţĥîš šéàŕçĥ îñ ţĥé ñàvîĝàţöŕ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Export Personal Data…</source>
            <translation>[&amp;Expöŕţ Péŕšöñàļ Ðàţà… ~~~~~~]</translation>
        </message>
        <message>
            <source>Every play and note to a JSON file (and history to CSV)</source>
            <translation>[Évéŕý pļàý àñð ñöţé ţö à ĴŠÖÑ fîļé (àñð ĥîšţöŕý ţö ÇŠV) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Merge Personal Data…</source>
            <translation>[&amp;Méŕĝé Péŕšöñàļ Ðàţà… ~~~~~~]</translation>
        </message>
        <message>
            <source>Merge plays and notes exported from another library</source>
            <translation>[Méŕĝé pļàýš àñð ñöţéš éxpöŕţéð fŕöm àñöţĥéŕ ļîbŕàŕý ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Back Up Now…</source>
            <translation>[&amp;Bàçķ Ûp Ñöŵ… ~~~]</translation>
        </message>
        <message>
            <source>Copy the library into the backups folder</source>
            <translation>[Çöpý ţĥé ļîbŕàŕý îñţö ţĥé bàçķûpš föļðéŕ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Restore From Backup…</source>
            <translation>[&amp;Réšţöŕé Fŕöm Bàçķûp… ~~~~~~]</translation>
        </message>
        <message>
            <source>Replace the library with a backup</source>
            <translation>[Ŕépļàçé ţĥé ļîbŕàŕý ŵîţĥ à bàçķûp ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Check Library…</source>
            <translation>[&amp;Cĥéçķ Ļîbŕàŕý… ~~~]</translation>
        </message>
        <message>
            <source>Broken links, numbering, file integrity</source>
            <translation>[Bŕöķéñ ļîñķš, ñûmbéŕîñĝ, fîļé îñţéĝŕîţý ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>S&amp;ync Folder…</source>
            <translation>[Š&amp;yñç Föļðéŕ… ~~~]</translation>
        </message>
        <message>
            <source>Choose a folder a sync engine shares between your computers</source>
            <translation>[Çĥööšé à föļðéŕ à šýñç éñĝîñé šĥàŕéš béţŵééñ ýöûŕ çömpûţéŕš ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sync &amp;Now</source>
            <translation>[Šýñç &amp;Nöŵ ~]</translation>
        </message>
        <message>
            <source>Sync with your other computers now</source>
            <translation>[Šýñç ŵîţĥ ýöûŕ öţĥéŕ çömpûţéŕš ñöŵ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import &amp;Watch History…</source>
            <translation>[Împöŕţ &amp;Wàţçĥ Ĥîšţöŕý… ~~~~~~]</translation>
        </message>
        <message>
            <source>Bring your plays and ratings from Trakt, TV Time, SeriesGuide, Kodi/Jellyfin or Netflix</source>
            <translation>[Bŕîñĝ ýöûŕ pļàýš àñð ŕàţîñĝš fŕöm Ţŕàķţ, ŢV Ţîmé, ŠéŕîéšĜûîðé, Ķöðî/Ĵéļļýfîñ öŕ Ñéţfļîx ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ra&amp;te…</source>
            <translation>[Ŕà&amp;té… ~]</translation>
        </message>
        <message>
            <source>Rate the open article from 1 to 10</source>
            <translation>[Ŕàţé ţĥé öpéñ àŕţîçļé fŕöm 1 ţö 10 ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Rating Column</source>
            <translation>[&amp;Ràţîñĝ Çöļûmñ ~~~]</translation>
        </message>
        <message>
            <source>Show your ratings in the navigator</source>
            <translation>[Šĥöŵ ýöûŕ ŕàţîñĝš îñ ţĥé ñàvîĝàţöŕ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Upco&amp;ming</source>
            <translation>[Ûpçö&amp;mîñĝ ~]</translation>
        </message>
        <message>
            <source>Episodes airing from today on</source>
            <translation>[Épîšöðéš àîŕîñĝ fŕöm ţöðàý öñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>[&amp;Kéýböàŕð Šĥöŕţçûţš ~~~~~]</translation>
        </message>
        <message>
            <source>Every shortcut of the window</source>
            <translation>[Évéŕý šĥöŕţçûţ öf ţĥé ŵîñðöŵ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The Article &amp;Format</source>
            <translation>[Ţĥé Àŕţîçļé &amp;Föŕmàţ ~~~~~]</translation>
        </message>
        <message>
            <source>How to write an article file</source>
            <translation>[Ĥöŵ ţö ŵŕîţé àñ àŕţîçļé fîļé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark Watched &amp;On…</source>
            <translation>[Màŕķ Ŵàţçĥéð &amp;Oñ… ~~~~]</translation>
        </message>
        <message>
            <source>Record a viewing on a date you choose</source>
            <translation>[Ŕéçöŕð à vîéŵîñĝ öñ à ðàţé ýöû çĥööšé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Fîļé ~]</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>[&amp;Eðîţ ~]</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>[&amp;Vîéŵ ~]</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>[&amp;Gö ~]</translation>
        </message>
        <message>
            <source>E&amp;pisode</source>
            <translation>[É&amp;pîšöðé ~]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Héļp ~]</translation>
        </message>
        <message>
            <source>Cannot open the library</source>
            <translation>[Çàññöţ öpéñ ţĥé ļîbŕàŕý ~~~~~~~]</translation>
        </message>
        <message>
            <source>Episode Guide cannot open the library
{path}</source>
            <translation>[Épîšöðé Ĝûîðé çàññöţ öpéñ ţĥé ļîbŕàŕý
{path} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file has not been changed.</source>
            <translation>[Ţĥé fîļé ĥàš ñöţ bééñ çĥàñĝéð. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Restore the Latest Backup</source>
            <translation>[&amp;Réšţöŕé ţĥé Ļàţéšţ Bàçķûp ~~~~~~~~]</translation>
        </message>
        <message>
            <source>The latest good backup is {backup}. Restoring it keeps the damaged file in the backups folder.</source>
            <translation>[Ţĥé ļàţéšţ ĝööð bàçķûp îš {backup}. Ŕéšţöŕîñĝ îţ ķéépš ţĥé ðàmàĝéð fîļé îñ ţĥé bàçķûpš föļðéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Open Another…</source>
            <translation>[&amp;Opéñ Àñöţĥéŕ… ~~~]</translation>
        </message>
        <message>
            <source>&amp;Create New…</source>
            <translation>[&amp;Cŕéàţé Ñéŵ… ~~]</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>[Öpéñ Ļîbŕàŕý ~~]</translation>
        </message>
        <message>
            <source>Episode Guide library (*.db)</source>
            <translation>[Épîšöðé Ĝûîðé ļîbŕàŕý (*.ðb) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>[Àļļ fîļéš (*) ~~~]</translation>
        </message>
        <message>
            <source>New Library</source>
            <translation>[Ñéŵ Ļîbŕàŕý ~~]</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>[Fîļé éxîšţš ~~]</translation>
        </message>
        <message>
            <source>{path} already exists. Choose a new name: Episode Guide never overwrites a file.</source>
            <translation>[{path} àļŕéàðý éxîšţš. Çĥööšé à ñéŵ ñàmé: Épîšöðé Ĝûîðé ñévéŕ övéŕŵŕîţéš à fîļé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Get Articles from a Wiki</source>
            <translation>[Ĝéţ Àŕţîçļéš fŕöm à Ŵîķî ~~~~~~~]</translation>
        </message>
        <message>
            <source>A wiki that runs MediaWiki (Wikipedia, or another such as a Fandom wiki), a Kiwix ZIM file, or a Wikipedia multistream dump</source>
            <translation>[À ŵîķî ţĥàţ ŕûñš MéðîàŴîķî (Ŵîķîpéðîà, öŕ àñöţĥéŕ šûçĥ àš à Fàñðöm ŵîķî), à Ķîŵîx ŽÎM fîļé, öŕ à Ŵîķîpéðîà mûļţîšţŕéàm ðûmp ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;ZIM or Dump…</source>
            <translation>[&amp;ZÎM öŕ Ðûmp… ~~~]</translation>
        </message>
        <message>
            <source>Read the pages offline, from a Kiwix ZIM file or a Wikipedia dump</source>
            <translation>[Ŕéàð ţĥé pàĝéš öffļîñé, fŕöm à Ķîŵîx ŽÎM fîļé öŕ à Ŵîķîpéðîà ðûmp ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The show's name, as the wiki titles it</source>
            <translation>[Ţĥé šĥöŵ'š ñàmé, àš ţĥé ŵîķî ţîţļéš îţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Also &amp;replace articles imported from my own files</source>
            <translation>[Àļšö &amp;répļàçé àŕţîçļéš împöŕţéð fŕöm mý öŵñ fîļéš ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>[Fŕö&amp;m: ~]</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>[&amp;Sĥöŵ: ~]</translation>
        </message>
        <message>
            <source>Articles found</source>
            <translation>[Àŕţîçļéš föûñð ~~~]</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>[&amp;Fîñð ~]</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>[&amp;Impöŕţ ~]</translation>
        </message>
        <message>
            <source>Choose a ZIM File or a Wikipedia Dump</source>
            <translation>[Çĥööšé à ŽÎM Fîļé öŕ à Ŵîķîpéðîà Ðûmp ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>ZIM files and dumps (*.zim *multistream.xml.bz2)</source>
            <translation>[ŽÎM fîļéš àñð ðûmpš (*.žîm *mûļţîšţŕéàm.xmļ.bž2) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Give a wiki's address or a ZIM file, and the show's name.</source>
            <translation>[Ĝîvé à ŵîķî'š àððŕéšš öŕ à ŽÎM fîļé, àñð ţĥé šĥöŵ'š ñàmé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reading the show's pages…</source>
            <translation>[Ŕéàðîñĝ ţĥé šĥöŵ'š pàĝéš… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Reading {show} from {wiki}…</source>
            <translation>[Ŕéàðîñĝ {show} fŕöm {wiki}… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ~]</translation>
        </message>
        <message>
            <source>Get Articles</source>
            <translation>[Ĝéţ Àŕţîçļéš ~~]</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>[Çàñçéļļéð; ñöţĥîñĝ ŵàš çĥàñĝéð. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{title} (from the list of episodes)</source>
            <translation>[{title} (fŕöm ţĥé ļîšţ öf épîšöðéš) ~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{show} from {source}: %Ln article(s) found.</source>
            <translation>
                <numerusform>[{show} fŕöm {source}: %Ln àŕţîçļé föûñð. ~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{show} fŕöm {source}: %Ln àŕţîçļéš föûñð. ~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>[Împöŕţîñĝ… ~]</translation>
        </message>
        <message>
            <source>Navigator</source>
            <translation>[Ñàvîĝàţöŕ ~]</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>[Špàçé ~]</translation>
        </message>
        <message>
            <source>Mark the selected episode watched or unwatched</source>
            <translation>[Màŕķ ţĥé šéļéçţéð épîšöðé ŵàţçĥéð öŕ ûñŵàţçĥéð ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Arrow keys, typing a title</source>
            <translation>[Àŕŕöŵ ķéýš, ţýpîñĝ à ţîţļé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Move, and jump to a title</source>
            <translation>[Mövé, àñð ĵûmp ţö à ţîţļé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Navigator filter</source>
            <translation>[Ñàvîĝàţöŕ fîļţéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>[Ðöŵñ ~]</translation>
        </message>
        <message>
            <source>Into the navigator</source>
            <translation>[Îñţö ţĥé ñàvîĝàţöŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Search field</source>
            <translation>[Šéàŕçĥ fîéļð ~~]</translation>
        </message>
        <message>
            <source>Down, Enter, Escape</source>
            <translation>[Ðöŵñ, Éñţéŕ, Éšçàpé ~~~~~]</translation>
        </message>
        <message>
            <source>Into the results, open the first, go back</source>
            <translation>[Îñţö ţĥé ŕéšûļţš, öpéñ ţĥé fîŕšţ, ĝö bàçķ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>[Ŕàţîñĝ ~]</translation>
        </message>
        <message>
            <source>Up, Down, Alt+Down</source>
            <translation>[Ûp, Ðöŵñ, Àļţ+Ðöŵñ ~~~~~]</translation>
        </message>
        <message>
            <source>Change the rating, open the list</source>
            <translation>[Çĥàñĝé ţĥé ŕàţîñĝ, öpéñ ţĥé ļîšţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>History</source>
            <translation>[Ĥîšţöŕý ~]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Ðéļéţé ~]</translation>
        </message>
        <message>
            <source>Delete the selected play (Ctrl+Z brings it back)</source>
            <translation>[Ðéļéţé ţĥé šéļéçţéð pļàý (Çţŕļ+Ž bŕîñĝš îţ bàçķ) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Find bar</source>
            <translation>[Fîñð bàŕ ~]</translation>
        </message>
        <message>
            <source>Enter, Shift+Enter, Escape</source>
            <translation>[Éñţéŕ, Šĥîfţ+Éñţéŕ, Éšçàpé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Next match, previous match, close</source>
            <translation>[Ñéxţ màţçĥ, pŕévîöûš màţçĥ, çļöšé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>[Ŵĥéŕé ~]</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>[Ķéýš ~]</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>[Ŵĥàţ îţ ðöéš ~~]</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>[Ķéýböàŕð Šĥöŕţçûţš ~~~~~]</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>[Ķéýböàŕð šĥöŕţçûţš ~~~~~]</translation>
        </message>
        <message>
            <source>Every command in the menus with its keys, and the keys of each view:</source>
            <translation>[Évéŕý çömmàñð îñ ţĥé méñûš ŵîţĥ îţš ķéýš, àñð ţĥé ķéýš öf éàçĥ vîéŵ: ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>
&lt;h2&gt;Writing an article file&lt;/h2&gt;
&lt;p&gt;An article is a plain-text file (UTF-8) about one episode, film or show. It begins with its
title between single equals signs; an optional &lt;b&gt;Infobox&lt;/b&gt; of &lt;code&gt;- Key: Value&lt;/code&gt; lines
follows; then the prose, with headings between two or more equals signs.&lt;/p&gt;
&lt;pre&gt;
= Fog Signal =

Infobox
- Series: The Lighthouse Keepers
- Season: 1
- Episode: 2
- Airdate: 11 January 2024
- Running time: 44 minutes
- Prev: The Keeper's Log
- Next: The Ship That Wasn't

The lead: what the episode is, in a paragraph or two.

==Plot==
The story, in paragraphs separated by blank lines.
&lt;/pre&gt;
&lt;p&gt;&lt;b&gt;Fields the guide understands:&lt;/b&gt; Series (the show), Season, Episode, Rtitle (the title
to show, when it differs), Prev and Next (the neighbouring articles' titles: they place
episodes without numbers), Episode List, Airdate (also Released, First aired: read for
Upcoming and the calendar), Running time (for the hours in Statistics). Any other field is
shown as written and can be searched (&lt;code&gt;director:"Sigrid Aas"&lt;/code&gt;).&lt;/p&gt;
&lt;p&gt;An article titled with a show's name is its overview; one titled
&lt;i&gt;List of &amp;lt;show&amp;gt; episodes&lt;/i&gt; is its episode list. Files are matched to what you
watched by their title, so re-importing a corrected file keeps your marks and notes.&lt;/p&gt;
&lt;p&gt;A file that cannot be read (no title line, empty, binary, over 5 MiB) is not imported and
the import report says why; anything odd but readable is imported with a warning.&lt;/p&gt;
</source>
            <translation>[
&lt;h2&gt;Ŵŕîţîñĝ àñ àŕţîçļé fîļé&lt;/h2&gt;
&lt;p&gt;Àñ àŕţîçļé îš à pļàîñ-ţéxţ fîļé (ÛŢF-8) àböûţ öñé épîšöðé, fîļm öŕ šĥöŵ. Îţ béĝîñš ŵîţĥ îţš
ţîţļé béţŵééñ šîñĝļé éqûàļš šîĝñš; àñ öpţîöñàļ &lt;b&gt;Îñföböx&lt;/b&gt; öf &lt;code&gt;- Ķéý: Vàļûé&lt;/code&gt; ļîñéš
föļļöŵš; ţĥéñ ţĥé pŕöšé, ŵîţĥ ĥéàðîñĝš béţŵééñ ţŵö öŕ möŕé éqûàļš šîĝñš.&lt;/p&gt;
&lt;pre&gt;
= Föĝ Šîĝñàļ =

Îñföböx
- Šéŕîéš: Ţĥé Ļîĝĥţĥöûšé Ķéépéŕš
- Šéàšöñ: 1
- Épîšöðé: 2
- Àîŕðàţé: 11 Ĵàñûàŕý 2024
- Ŕûññîñĝ ţîmé: 44 mîñûţéš
- Pŕév: Ţĥé Ķéépéŕ'š Ļöĝ
- Ñéxţ: Ţĥé Šĥîp Ţĥàţ Ŵàšñ'ţ

Ţĥé ļéàð: ŵĥàţ ţĥé épîšöðé îš, îñ à pàŕàĝŕàpĥ öŕ ţŵö.

==Pļöţ==
Ţĥé šţöŕý, îñ pàŕàĝŕàpĥš šépàŕàţéð bý bļàñķ ļîñéš.
&lt;/pre&gt;
&lt;p&gt;&lt;b&gt;Fîéļðš ţĥé ĝûîðé ûñðéŕšţàñðš:&lt;/b&gt; Šéŕîéš (ţĥé šĥöŵ), Šéàšöñ, Épîšöðé, Ŕţîţļé (ţĥé ţîţļé
ţö šĥöŵ, ŵĥéñ îţ ðîfféŕš), Pŕév àñð Ñéxţ (ţĥé ñéîĝĥböûŕîñĝ àŕţîçļéš' ţîţļéš: ţĥéý pļàçé
épîšöðéš ŵîţĥöûţ ñûmbéŕš), Épîšöðé Ļîšţ, Àîŕðàţé (àļšö Ŕéļéàšéð, Fîŕšţ àîŕéð: ŕéàð föŕ
Ûpçömîñĝ àñð ţĥé çàļéñðàŕ), Ŕûññîñĝ ţîmé (föŕ ţĥé ĥöûŕš îñ Šţàţîšţîçš). Àñý öţĥéŕ fîéļð îš
šĥöŵñ àš ŵŕîţţéñ àñð çàñ bé šéàŕçĥéð (&lt;code&gt;ðîŕéçţöŕ:"Šîĝŕîð Ààš"&lt;/code&gt;).&lt;/p&gt;
&lt;p&gt;Àñ àŕţîçļé ţîţļéð ŵîţĥ à šĥöŵ'š ñàmé îš îţš övéŕvîéŵ; öñé ţîţļéð
&lt;i&gt;Ļîšţ öf &amp;lt;šĥöŵ&amp;gt; épîšöðéš&lt;/i&gt; îš îţš épîšöðé ļîšţ. Fîļéš àŕé màţçĥéð ţö ŵĥàţ ýöû
ŵàţçĥéð bý ţĥéîŕ ţîţļé, šö ŕé-împöŕţîñĝ à çöŕŕéçţéð fîļé ķéépš ýöûŕ màŕķš àñð ñöţéš.&lt;/p&gt;
&lt;p&gt;À fîļé ţĥàţ çàññöţ bé ŕéàð (ñö ţîţļé ļîñé, émpţý, bîñàŕý, övéŕ 5 MîB) îš ñöţ împöŕţéð àñð
ţĥé împöŕţ ŕépöŕţ šàýš ŵĥý; àñýţĥîñĝ öðð bûţ ŕéàðàbļé îš împöŕţéð ŵîţĥ à ŵàŕñîñĝ.&lt;/p&gt;
 ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The Article Format</source>
            <translation>[Ţĥé Àŕţîçļé Föŕmàţ ~~~~~]</translation>
        </message>
        <message>
            <source>About Episode Guide</source>
            <translation>[Àböûţ Épîšöðé Ĝûîðé ~~~~~]</translation>
        </message>
        <message>
            <source>A guide to the TV shows you follow: import episode articles, read them in broadcast order, keep track of what you watched.</source>
            <translation>[À ĝûîðé ţö ţĥé ŢV šĥöŵš ýöû föļļöŵ: împöŕţ épîšöðé àŕţîçļéš, ŕéàð ţĥém îñ bŕöàðçàšţ öŕðéŕ, ķéép ţŕàçķ öf ŵĥàţ ýöû ŵàţçĥéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Library: {path}</source>
            <translation>[Ļîbŕàŕý: {path} ~~~]</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>[Ļéàvé öûţ ~]</translation>
        </message>
        <message>
            <source>Tracker exports (*.zip *.json *.csv *.nfo *.xml)</source>
            <translation>[Ţŕàçķéŕ éxpöŕţš (*.žîp *.ĵšöñ *.çšv *.ñfö *.xmļ) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>[Îţém ~]</translation>
        </message>
        <message>
            <source>From</source>
            <translation>[Fŕöm ~]</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>[Împöŕţ àš ~]</translation>
        </message>
        <message>
            <source>Choose the article this item means (F2 or double-click)</source>
            <translation>[Çĥööšé ţĥé àŕţîçļé ţĥîš îţém méàñš (F2 öŕ ðöûbļé-çļîçķ) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{files} read ({formats}): {items}. {matched} matched to your articles, {ambiguous} ambiguous (choose below), {unmatched} not in your library yet (kept, and recorded when their articles are imported).</source>
            <translation>[{files} ŕéàð ({formats}): {items}. {matched} màţçĥéð ţö ýöûŕ àŕţîçļéš, {ambiguous} àmbîĝûöûš (çĥööšé béļöŵ), {unmatched} ñöţ îñ ýöûŕ ļîbŕàŕý ýéţ (ķépţ, àñð ŕéçöŕðéð ŵĥéñ ţĥéîŕ àŕţîçļéš àŕé împöŕţéð). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>[%Ln fîļé ~]</numerusform>
                <numerusform>[%Ln fîļéš ~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>[%Ln îţém ~]</numerusform>
                <numerusform>[%Ln îţémš ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Watch History</source>
            <translation>[Împöŕţ Ŵàţçĥ Ĥîšţöŕý ~~~~~]</translation>
        </message>
        <message>
            <source>Ambiguous items</source>
            <translation>[Àmbîĝûöûš îţémš ~~~]</translation>
        </message>
        <message>
            <source>Matched items</source>
            <translation>[Màţçĥéð îţémš ~~~]</translation>
        </message>
        <message>
            <source>Not in your library</source>
            <translation>[Ñöţ îñ ýöûŕ ļîbŕàŕý ~~~~~]</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>[Šķîppéð ~]</translation>
        </message>
        <message>
            <source>&amp;Matched ({count})</source>
            <translation>[&amp;Màţçĥéð ({count}) ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Ambiguous ({count})</source>
            <translation>[&amp;Ambîĝûöûš ({count}) ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Not in Library ({count})</source>
            <translation>[&amp;Nöţ îñ Ļîbŕàŕý ({count}) ~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Skipped ({count})</source>
            <translation>[&amp;Sķîppéð ({count}) ~~~~~]</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>[(ñöñé) ~]</translation>
        </message>
        <message>
            <source>A history import is already running.</source>
            <translation>[À ĥîšţöŕý împöŕţ îš àļŕéàðý ŕûññîñĝ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{problem}; nothing was imported</source>
            <translation>[{problem}; ñöţĥîñĝ ŵàš împöŕţéð ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reading your history…</source>
            <translation>[Ŕéàðîñĝ ýöûŕ ĥîšţöŕý… ~~~~~~]</translation>
        </message>
        <message>
            <source>This Netflix file holds the viewing of several profiles. Import whose?</source>
            <translation>[Ţĥîš Ñéţfļîx fîļé ĥöļðš ţĥé vîéŵîñĝ öf šévéŕàļ pŕöfîļéš. Împöŕţ ŵĥöšé? ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Importing your history…</source>
            <translation>[Împöŕţîñĝ ýöûŕ ĥîšţöŕý… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Imported: {summary}</source>
            <translation>[Împöŕţéð: {summary} ~~~~~]</translation>
        </message>
        <message>
            <source>{what} (Ctrl+Z to undo)</source>
            <translation>[{what} (Çţŕļ+Ž ţö ûñðö) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Watch history not imported</source>
            <translation>[Ŵàţçĥ ĥîšţöŕý ñöţ împöŕţéð ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reading files…</source>
            <translation>[Ŕéàðîñĝ fîļéš… ~~~]</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>[Împöŕţîñĝ ~]</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %Ln file(s)</source>
            <translation>
                <numerusform>[{done} öf %Ln fîļé ~~~~~]</numerusform>
                <numerusform>[{done} öf %Ln fîļéš ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>[Àððéð: ~]</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>[Ûpðàţéð: ~]</translation>
        </message>
        <message>
            <source>Rejected:</source>
            <translation>[Ŕéĵéçţéð: ~]</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>[Ŵàŕñîñĝš: ~]</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>[Împöŕţ fîñîšĥéð ~~~]</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>[Împöŕţ çàñçéļļéð ~~~~]</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>[Împöŕţ ŕépöŕţ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Copy Report</source>
            <translation>[&amp;Cöpý Ŕépöŕţ ~~]</translation>
        </message>
        <message>
            <source>Import Article Files</source>
            <translation>[Împöŕţ Àŕţîçļé Fîļéš ~~~~~]</translation>
        </message>
        <message>
            <source>Article files (*.txt)</source>
            <translation>[Àŕţîçļé fîļéš (*.ţxţ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Import a Folder of Articles</source>
            <translation>[Împöŕţ à Föļðéŕ öf Àŕţîçļéš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>An import is already running.</source>
            <translation>[Àñ împöŕţ îš àļŕéàðý ŕûññîñĝ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>[Împöŕţ fàîļéð ~~~]</translation>
        </message>
        <message>
            <source>Two versions of the note on {title}</source>
            <translation>[Ţŵö véŕšîöñš öf ţĥé ñöţé öñ {title} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This note was changed on two computers. Keep one version, or write one text from both and save it.</source>
            <translation>[Ţĥîš ñöţé ŵàš çĥàñĝéð öñ ţŵö çömpûţéŕš. Ķéép öñé véŕšîöñ, öŕ ŵŕîţé öñé ţéxţ fŕöm böţĥ àñð šàvé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Version {number}, changed {date}</source>
            <translation>[Véŕšîöñ {number}, çĥàñĝéð {date} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;{number} Keep This Version</source>
            <translation>[&amp;{ñûmbéŕ} Ķéép Ţĥîš Véŕšîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Version {number}</source>
            <translation>[Véŕšîöñ {number} ~~~~]</translation>
        </message>
        <message>
            <source>Merged text</source>
            <translation>[Méŕĝéð ţéxţ ~~]</translation>
        </message>
        <message>
            <source>&amp;Save This Text</source>
            <translation>[&amp;Sàvé Ţĥîš Ţéxţ ~~~]</translation>
        </message>
        <message>
            <source>Or &amp;write one text from both:</source>
            <translation>[Öŕ &amp;wŕîţé öñé ţéxţ fŕöm böţĥ: ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>[Çĥàñĝéð ~]</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>[Ţéxţ ~]</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>[(ŕémövéð) ~]</translation>
        </message>
        <message>
            <source>History of the note on {title}</source>
            <translation>[Ĥîšţöŕý öf ţĥé ñöţé öñ {title} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Versions of this note</source>
            <translation>[Véŕšîöñš öf ţĥîš ñöţé ~~~~~~]</translation>
        </message>
        <message>
            <source>The selected version</source>
            <translation>[Ţĥé šéļéçţéð véŕšîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Restore This Version</source>
            <translation>[&amp;Réšţöŕé Ţĥîš Véŕšîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Export Personal Data</source>
            <translation>[Éxpöŕţ Péŕšöñàļ Ðàţà ~~~~~]</translation>
        </message>
        <message>
            <source>Personal data (*.json)</source>
            <translation>[Péŕšöñàļ ðàţà (*.ĵšöñ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>[Éxpöŕţîñĝ… ~]</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>[Éxpöŕţ fîñîšĥéð ~~~]</translation>
        </message>
        <message>
            <source>Exported {plays} and {notes} to {path}; the watch history is also in {csv}.</source>
            <translation>[Éxpöŕţéð {plays} àñð {notes} ţö {path}; ţĥé ŵàţçĥ ĥîšţöŕý îš àļšö îñ {csv}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln play(s)</source>
            <translation>
                <numerusform>[%Ln pļàý ~]</numerusform>
                <numerusform>[%Ln pļàýš ~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>[%Ln ñöţé ~]</numerusform>
                <numerusform>[%Ln ñöţéš ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge Personal Data</source>
            <translation>[Méŕĝé Péŕšöñàļ Ðàţà ~~~~~]</translation>
        </message>
        <message>
            <source>Merge finished</source>
            <translation>[Méŕĝé fîñîšĥéð ~~~]</translation>
        </message>
        <message>
            <source>Merge personal data</source>
            <translation>[Méŕĝé péŕšöñàļ ðàţà ~~~~~]</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>[Méŕĝîñĝ… ~]</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>[Bàçķîñĝ ûp… ~~]</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>[Bàçķûp màðé ~~]</translation>
        </message>
        <message>
            <source>The library was copied to {path}.</source>
            <translation>[Ţĥé ļîbŕàŕý ŵàš çöpîéð ţö {path}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>[Ŕéšţöŕé ţĥîš bàçķûp? ~~~~~]</translation>
        </message>
        <message>
            <source>Replace the whole library with {held}?

{path}

What the library holds now is kept as a copy in the backups folder.</source>
            <translation>[Ŕépļàçé ţĥé ŵĥöļé ļîbŕàŕý ŵîţĥ {held}?

{path}

Ŵĥàţ ţĥé ļîbŕàŕý ĥöļðš ñöŵ îš ķépţ àš à çöpý îñ ţĥé bàçķûpš föļðéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>[Ŕéšţöŕéð ~]</translation>
        </message>
        <message>
            <source>The backup was restored. The library as it was is kept in {path}.</source>
            <translation>[Ţĥé bàçķûp ŵàš ŕéšţöŕéð. Ţĥé ļîbŕàŕý àš îţ ŵàš îš ķépţ îñ {path}. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>[Ŕéšţöŕîñĝ… ~]</translation>
        </message>
        <message>
            <source>Checking the library…</source>
            <translation>[Çĥéçķîñĝ ţĥé ļîbŕàŕý… ~~~~~~]</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>[Fîñðîñĝ ~]</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>[Àŕţîçļé ~]</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>[Ðéţàîļš ~]</translation>
        </message>
        <message>
            <source>(the library)</source>
            <translation>[(ţĥé ļîbŕàŕý) ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>[%Ln pŕöbļém ~~]</numerusform>
                <numerusform>[%Ln pŕöbļémš ~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>[Ñö pŕöbļémš ~~]</translation>
        </message>
        <message numerus="yes">
            <source>{problems}, and %Ln note(s) for your information</source>
            <translation>
                <numerusform>[{problems}, àñð %Ln ñöţé föŕ ýöûŕ îñföŕmàţîöñ ~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{problems}, àñð %Ln ñöţéš föŕ ýöûŕ îñföŕmàţîöñ ~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{found}. Double-click one to open its article.</source>
            <translation>[{found}. Ðöûbļé-çļîçķ öñé ţö öpéñ îţš àŕţîçļé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check Library</source>
            <translation>[Çĥéçķ Ļîbŕàŕý ~~~]</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>[Ñö pŕöbļémš föûñð. ~~~~~]</translation>
        </message>
        <message>
            <source>Sync Folder</source>
            <translation>[Šýñç Föļðéŕ ~~]</translation>
        </message>
        <message>
            <source>Choose a sync folder first: File → Sync Folder…</source>
            <translation>[Çĥööšé à šýñç föļðéŕ fîŕšţ: Fîļé → Šýñç Föļðéŕ… ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not synced: {reason}</source>
            <translation>[Ñöţ šýñçéð: {reason} ~~~~~]</translation>
        </message>
        <message>
            <source>In sync</source>
            <translation>[Îñ šýñç ~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) not read yet (being copied?)</source>
            <translation>
                <numerusform>[%Ln fîļé ñöţ ŕéàð ýéţ (béîñĝ çöpîéð?) ~~~~~~~~~~~~]</numerusform>
                <numerusform>[%Ln fîļéš ñöţ ŕéàð ýéţ (béîñĝ çöpîéð?) ~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync failed: {problem}</source>
            <translation>[Šýñç fàîļéð: {problem} ~~~~~~]</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>[Šýñç fàîļéð ~~]</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>[ð MMM ýýýý ~]</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>[MMMM ýýýý ~]</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>[ðàţé ûñķñöŵñ ~~]</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>[ĤĤ:mm ~]</translation>
        </message>
        <message>
            <source>Season {number}</source>
            <translation>[Šéàšöñ {number} ~~~]</translation>
        </message>
        <message>
            <source>Special: {title}</source>
            <translation>[Špéçîàļ: {title} ~~~~]</translation>
        </message>
        <message>
            <source>{watched}/{total} · rewatch {number}</source>
            <translation>[{watched}/{total} · ŕéŵàţçĥ {number} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>[ñöţ ŕàţéð ~]</translation>
        </message>
        <message>
            <source>Saved search: {query}</source>
            <translation>[Šàvéð šéàŕçĥ: {query} ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{watched} of %n episode(s) watched</source>
            <translation>
                <numerusform>[{watched} öf %n épîšöðé ŵàţçĥéð ~~~~~~~~~~]</numerusform>
                <numerusform>[{watched} öf %n épîšöðéš ŵàţçĥéð ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Rewatch {number}: {progress}</source>
            <translation>[Ŕéŵàţçĥ {number}: {progress} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(title hidden)</source>
            <translation>[(ţîţļé ĥîððéñ) ~~~]</translation>
        </message>
        <message>
            <source>not watched</source>
            <translation>[ñöţ ŵàţçĥéð ~~]</translation>
        </message>
        <message>
            <source>watched {count}×</source>
            <translation>[ŵàţçĥéð {count}× ~~~~]</translation>
        </message>
        <message>
            <source>episode list</source>
            <translation>[épîšöðé ļîšţ ~~]</translation>
        </message>
        <message>
            <source>show overview</source>
            <translation>[šĥöŵ övéŕvîéŵ ~~~]</translation>
        </message>
        <message>
            <source>has a note</source>
            <translation>[ĥàš à ñöţé ~]</translation>
        </message>
        <message>
            <source>rated {rating}/10</source>
            <translation>[ŕàţéð {rating}/10 ~~~~]</translation>
        </message>
        <message>
            <source>Mark Watched Up to &amp;Here</source>
            <translation>[Màŕķ Ŵàţçĥéð Ûp ţö &amp;Héŕé ~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Delete Saved Search</source>
            <translation>[&amp;Déļéţé Šàvéð Šéàŕçĥ ~~~~~]</translation>
        </message>
        <message>
            <source>season {number}</source>
            <translation>[šéàšöñ {number} ~~~]</translation>
        </message>
        <message>
            <source>Mark All &amp;Watched</source>
            <translation>[Màŕķ Àļļ &amp;Wàţçĥéð ~~~~]</translation>
        </message>
        <message>
            <source>Mark All &amp;Unwatched</source>
            <translation>[Màŕķ Àļļ &amp;Uñŵàţçĥéð ~~~~~]</translation>
        </message>
        <message>
            <source>Re&amp;move Show From Library…</source>
            <translation>[Ŕé&amp;mövé Šĥöŵ Fŕöm Ļîbŕàŕý… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>[Šţàţ&amp;uš ~]</translation>
        </message>
        <message>
            <source>No Status</source>
            <translation>[Ñö Šţàţûš ~]</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>[Šĥöŵ îñ &amp;Föļðéŕ ~~~]</translation>
        </message>
        <message>
            <source>Re&amp;move From Library…</source>
            <translation>[Ŕé&amp;mövé Fŕöm Ļîbŕàŕý… ~~~~~~]</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>[Šĥöŵ îñ Föļðéŕ ~~~]</translation>
        </message>
        <message>
            <source>No program here opens folders. The file is:
{path}

(Its path is copied.)</source>
            <translation>[Ñö pŕöĝŕàm ĥéŕé öpéñš föļðéŕš. Ţĥé fîļé îš:
{path}

(Îţš pàţĥ îš çöpîéð.) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>[Ţîţļé ~]</translation>
        </message>
        <message>
            <source>Watched</source>
            <translation>[Ŵàţçĥéð ~]</translation>
        </message>
        <message>
            <source>Outside any show</source>
            <translation>[Öûţšîðé àñý šĥöŵ ~~~~]</translation>
        </message>
        <message>
            <source>Saved Searches</source>
            <translation>[Šàvéð Šéàŕçĥéš ~~~]</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>[&amp;Opéñ ~]</translation>
        </message>
        <message>
            <source>Next: {episode}</source>
            <translation>[Ñéxţ: {episode} ~~~]</translation>
        </message>
        <message>
            <source>{show} — next: {episode}</source>
            <translation>[{show} — ñéxţ: {episode} ~~~~~~~]</translation>
        </message>
        <message>
            <source>It can be marked watched once it has aired.</source>
            <translation>[Îţ çàñ bé màŕķéð ŵàţçĥéð öñçé îţ ĥàš àîŕéð. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n episode(s) left</source>
            <translation>
                <numerusform>[%n épîšöðé ļéfţ ~~~]</numerusform>
                <numerusform>[%n épîšöðéš ļéfţ ~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{episodes}, at least {hours} hours</source>
            <translation>[{episodes}, àţ ļéàšţ {hours} ĥöûŕš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{episodes}, {hours} hours</source>
            <translation>[{episodes}, {hours} ĥöûŕš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Aired {date}</source>
            <translation>[Àîŕéð {date} ~~]</translation>
        </message>
        <message>
            <source>Airs {date}</source>
            <translation>[Àîŕš {date} ~~]</translation>
        </message>
        <message>
            <source>Nothing watched yet.</source>
            <translation>[Ñöţĥîñĝ ŵàţçĥéð ýéţ. ~~~~~]</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>[Àļļ ţîmé ~]</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>[Ļàšţ 7 ðàýš ~~]</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>[Ļàšţ 30 ðàýš ~~]</translation>
        </message>
        <message>
            <source>Last 365 days</source>
            <translation>[Ļàšţ 365 ðàýš ~~~]</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>[Ðàţé ~]</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>[Šĥöŵ ~]</translation>
        </message>
        <message>
            <source>Episode</source>
            <translation>[Épîšöðé ~]</translation>
        </message>
        <message>
            <source>{key} (not in the library)</source>
            <translation>[{key} (ñöţ îñ ţĥé ļîbŕàŕý) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>[{date}, {time} ~~~]</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>[Péŕîöð ~]</translation>
        </message>
        <message>
            <source>Change &amp;Date…</source>
            <translation>[Çĥàñĝé &amp;Dàţé… ~~~]</translation>
        </message>
        <message>
            <source>&amp;Delete Play</source>
            <translation>[&amp;Déļéţé Pļàý ~~]</translation>
        </message>
        <message>
            <source>Peri&amp;od:</source>
            <translation>[Péŕî&amp;oð: ~]</translation>
        </message>
        <message>
            <source>All shows</source>
            <translation>[Àļļ šĥöŵš ~]</translation>
        </message>
        <message>
            <source>No plays in this view.</source>
            <translation>[Ñö pļàýš îñ ţĥîš vîéŵ. ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Watched on:</source>
            <translation>[&amp;Wàţçĥéð öñ: ~~]</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>[Ñöţé ~]</translation>
        </message>
        <message>
            <source>{title} (show)</source>
            <translation>[{title} (šĥöŵ) ~~~]</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>[Šéàŕçĥ ñöţéš ~~]</translation>
        </message>
        <message>
            <source>Search your notes</source>
            <translation>[Šéàŕçĥ ýöûŕ ñöţéš ~~~~]</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>[Àļļ ñöţéš ~]</translation>
        </message>
        <message>
            <source>All Notes</source>
            <translation>[Àļļ Ñöţéš ~]</translation>
        </message>
        <message>
            <source>No notes hold “{text}”.</source>
            <translation>[Ñö ñöţéš ĥöļð “{text}”. ~~~~~~~]</translation>
        </message>
        <message>
            <source>No notes yet. Write one under any article, or on a show's page.</source>
            <translation>[Ñö ñöţéš ýéţ. Ŵŕîţé öñé ûñðéŕ àñý àŕţîçļé, öŕ öñ à šĥöŵ'š pàĝé. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(the text is folded away by the Spoiler Shield until you have watched it)</source>
            <translation>[(ţĥé ţéxţ îš föļðéð àŵàý bý ţĥé Špöîļéŕ Šĥîéļð ûñţîļ ýöû ĥàvé ŵàţçĥéð îţ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>title</source>
            <translation>[ţîţļé ~]</translation>
        </message>
        <message>
            <source>text</source>
            <translation>[ţéxţ ~]</translation>
        </message>
        <message>
            <source>note</source>
            <translation>[ñöţé ~]</translation>
        </message>
        <message>
            <source>matched: {fields}</source>
            <translation>[màţçĥéð: {fields} ~~~~]</translation>
        </message>
        <message>
            <source>the library could not be read ({problem})</source>
            <translation>[ţĥé ļîbŕàŕý çöûļð ñöţ bé ŕéàð ({problem}) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>[Šéàŕçĥ ŕéšûļţš ~~~]</translation>
        </message>
        <message>
            <source>Type the rest of “{query}”… (below: what “{shown}” found)</source>
            <translation>[Ţýpé ţĥé ŕéšţ öf “{query}”… (béļöŵ: ŵĥàţ “{shown}” föûñð) ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Type the rest of “{query}”…</source>
            <translation>[Ţýpé ţĥé ŕéšţ öf “{query}”… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>This search cannot be read: {problem}.</source>
            <translation>[Ţĥîš šéàŕçĥ çàññöţ bé ŕéàð: {problem}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Filters: {names} (hover here for what each keeps).</source>
            <translation>[Fîļţéŕš: {names} (ĥövéŕ ĥéŕé föŕ ŵĥàţ éàçĥ ķéépš). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Type to search every article and note.</source>
            <translation>[Ţýpé ţö šéàŕçĥ évéŕý àŕţîçļé àñð ñöţé. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No matches for “{query}”.</source>
            <translation>[Ñö màţçĥéš föŕ “{query}”. ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n+ match(es) for “{query}”, best first:</source>
            <translation>
                <numerusform>[%n+ màţçĥ föŕ “{query}”, béšţ fîŕšţ: ~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n+ màţçĥéš föŕ “{query}”, béšţ fîŕšţ: ~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) for “{query}”, best first:</source>
            <translation>
                <numerusform>[%n màţçĥ föŕ “{query}”, béšţ fîŕšţ: ~~~~~~~~~~~]</numerusform>
                <numerusform>[%n màţçĥéš föŕ “{query}”, béšţ fîŕšţ: ~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Season</source>
            <translation>[Šéàšöñ ~]</translation>
        </message>
        <message>
            <source>Without a season</source>
            <translation>[Ŵîţĥöûţ à šéàšöñ ~~~~]</translation>
        </message>
        <message>
            <source>{watched} of {total}</source>
            <translation>[{watched} öf {total} ~~~~~]</translation>
        </message>
        <message>
            <source>Airs</source>
            <translation>[Àîŕš ~]</translation>
        </message>
        <message>
            <source>{season} special</source>
            <translation>[{season} špéçîàļ ~~~~]</translation>
        </message>
        <message>
            <source>Special</source>
            <translation>[Špéçîàļ ~]</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>[Övéŕvîéŵ ~]</translation>
        </message>
        <message>
            <source>Episode list</source>
            <translation>[Épîšöðé ļîšţ ~~]</translation>
        </message>
        <message>
            <source>✓ {count}×</source>
            <translation>[✓ {count}× ~]</translation>
        </message>
        <message>
            <source>Begin a new pass: progress starts again; every earlier play stays in the history</source>
            <translation>[Béĝîñ à ñéŵ pàšš: pŕöĝŕéšš šţàŕţš àĝàîñ; évéŕý éàŕļîéŕ pļàý šţàýš îñ ţĥé ĥîšţöŕý ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open the &amp;Overview</source>
            <translation>[Öpéñ ţĥé &amp;Ovéŕvîéŵ ~~~~~]</translation>
        </message>
        <message>
            <source>Your rating of the show</source>
            <translation>[Ýöûŕ ŕàţîñĝ öf ţĥé šĥöŵ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Your rating of this show, from 1 to 10</source>
            <translation>[Ýöûŕ ŕàţîñĝ öf ţĥîš šĥöŵ, fŕöm 1 ţö 10 ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ra&amp;ting:</source>
            <translation>[Ŕà&amp;tîñĝ: ~]</translation>
        </message>
        <message>
            <source>Status of the show</source>
            <translation>[Šţàţûš öf ţĥé šĥöŵ ~~~~~]</translation>
        </message>
        <message>
            <source>No status</source>
            <translation>[Ñö šţàţûš ~]</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>[Šţàţ&amp;uš: ~]</translation>
        </message>
        <message>
            <source>Seasons</source>
            <translation>[Šéàšöñš ~]</translation>
        </message>
        <message>
            <source>Mark Season &amp;Watched</source>
            <translation>[Màŕķ Šéàšöñ &amp;Wàţçĥéð ~~~~~]</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>[Épîšöðéš ~]</translation>
        </message>
        <message>
            <source>Your notes on this show (saved as you type)</source>
            <translation>[Ýöûŕ ñöţéš öñ ţĥîš šĥöŵ (šàvéð àš ýöû ţýpé) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Every episode is watched.</source>
            <translation>[Évéŕý épîšöðé îš ŵàţçĥéð. ~~~~~~~]</translation>
        </message>
        <message>
            <source>No episodes yet.</source>
            <translation>[Ñö épîšöðéš ýéţ. ~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{watched} of %n episode(s) watched.</source>
            <translation>
                <numerusform>[{watched} öf %n épîšöðé ŵàţçĥéð. ~~~~~~~~~~]</numerusform>
                <numerusform>[{watched} öf %n épîšöðéš ŵàţçĥéð. ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Started {date}.</source>
            <translation>[Šţàŕţéð {date}. ~~~]</translation>
        </message>
        <message>
            <source>Episodes and films watched per month (last two years)</source>
            <translation>[Épîšöðéš àñð fîļmš ŵàţçĥéð péŕ möñţĥ (ļàšţ ţŵö ýéàŕš) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>[Möñţĥ ~]</translation>
        </message>
        <message>
            <source>Completion per show</source>
            <translation>[Çömpļéţîöñ péŕ šĥöŵ ~~~~~]</translation>
        </message>
        <message>
            <source>Episodes watched</source>
            <translation>[Épîšöðéš ŵàţçĥéð ~~~~]</translation>
        </message>
        <message>
            <source>Directors you watched most</source>
            <translation>[Ðîŕéçţöŕš ýöû ŵàţçĥéð möšţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>[Ðîŕéçţöŕ ~]</translation>
        </message>
        <message>
            <source>Writers you watched most</source>
            <translation>[Ŵŕîţéŕš ýöû ŵàţçĥéð möšţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Writer</source>
            <translation>[Ŵŕîţéŕ ~]</translation>
        </message>
        <message>
            <source>Hours watched per month (from each article's Running time)</source>
            <translation>[Ĥöûŕš ŵàţçĥéð péŕ möñţĥ (fŕöm éàçĥ àŕţîçļé'š Ŕûññîñĝ ţîmé) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>[Ĥöûŕš ~]</translation>
        </message>
        <message>
            <source>Hours per show</source>
            <translation>[Ĥöûŕš péŕ šĥöŵ ~~~]</translation>
        </message>
        <message>
            <source>Your ratings</source>
            <translation>[Ýöûŕ ŕàţîñĝš ~~]</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>[Àŕţîçļéš ~]</translation>
        </message>
        <message>
            <source>Average rating per show (of its rated episodes)</source>
            <translation>[Àvéŕàĝé ŕàţîñĝ péŕ šĥöŵ (öf îţš ŕàţéð épîšöðéš) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Average rating</source>
            <translation>[Àvéŕàĝé ŕàţîñĝ ~~~]</translation>
        </message>
        <message>
            <source>Show Figures as &amp;Tables</source>
            <translation>[Šĥöŵ Fîĝûŕéš àš &amp;Tàbļéš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Every chart as a table: each figure in its own cell</source>
            <translation>[Évéŕý çĥàŕţ àš à ţàbļé: éàçĥ fîĝûŕé îñ îţš öŵñ çéļļ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>[Çöûñţîñĝ… ~]</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>[Šţàţîšţîçš ~]</translation>
        </message>
        <message>
            <source>The figures could not be counted: {reason}</source>
            <translation>[Ţĥé fîĝûŕéš çöûļð ñöţ bé çöûñţéð: {reason} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{month}: %n play(s)</source>
            <translation>
                <numerusform>[{month}: %n pļàý ~~~~]</numerusform>
                <numerusform>[{month}: %n pļàýš ~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {watched} of %n episode(s) watched</source>
            <translation>
                <numerusform>[{name}: {watched} öf %n épîšöðé ŵàţçĥéð ~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{name}: {watched} öf %n épîšöðéš ŵàţçĥéð ~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{month}: {hours} hours</source>
            <translation>[{month}: {hours} ĥöûŕš ~~~~~~]</translation>
        </message>
        <message>
            <source>No hours in these months: they come from each article's Running time field.</source>
            <translation>[Ñö ĥöûŕš îñ ţĥéšé möñţĥš: ţĥéý çömé fŕöm éàçĥ àŕţîçļé'š Ŕûññîñĝ ţîmé fîéļð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>[{hours} ĥ ~]</translation>
        </message>
        <message>
            <source>{name}: {hours} hours</source>
            <translation>[{name}: {hours} ĥöûŕš ~~~~~~]</translation>
        </message>
        <message>
            <source>No hours yet: they come from each article's Running time field.</source>
            <translation>[Ñö ĥöûŕš ýéţ: ţĥéý çömé fŕöm éàçĥ àŕţîçļé'š Ŕûññîñĝ ţîmé fîéļð. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s) of {value}</source>
            <translation>
                <numerusform>[%n ŕàţîñĝ öf {value} ~~~~~]</numerusform>
                <numerusform>[%n ŕàţîñĝš öf {value} ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>No ratings yet: rate an article with Ctrl+Shift+R.</source>
            <translation>[Ñö ŕàţîñĝš ýéţ: ŕàţé àñ àŕţîçļé ŵîţĥ Çţŕļ+Šĥîfţ+Ŕ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{name}: {average} on average over %n rated episode(s)</source>
            <translation>
                <numerusform>[{name}: {average} öñ àvéŕàĝé övéŕ %n ŕàţéð épîšöðé ~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{name}: {average} öñ àvéŕàĝé övéŕ %n ŕàţéð épîšöðéš ~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>No rated episodes yet.</source>
            <translation>[Ñö ŕàţéð épîšöðéš ýéţ. ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n episode(s) watched</source>
            <translation>
                <numerusform>[{name}: %n épîšöðé ŵàţçĥéð ~~~~~~~~]</numerusform>
                <numerusform>[{name}: %n épîšöðéš ŵàţçĥéð ~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{year} in review: {plays} of {articles}, {hours} hours.</source>
            <translation>[{year} îñ ŕévîéŵ: {plays} öf {articles}, {hours} ĥöûŕš. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>[%Ln àŕţîçļé ~~]</numerusform>
                <numerusform>[%Ln àŕţîçļéš ~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Busiest month: {month}.</source>
            <translation>[Bûšîéšţ möñţĥ: {month}. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Most watched: {shows}.</source>
            <translation>[Möšţ ŵàţçĥéð: {shows}. ~~~~~~]</translation>
        </message>
        <message>
            <source>Best rated: {titles}.</source>
            <translation>[Béšţ ŕàţéð: {titles}. ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>In all: {hours} hours watched; %Ln play(s) not counted (no Running time in their articles).</source>
            <translation>
                <numerusform>[Îñ àļļ: {hours} ĥöûŕš ŵàţçĥéð; %Ln pļàý ñöţ çöûñţéð (ñö Ŕûññîñĝ ţîmé îñ ţĥéîŕ àŕţîçļéš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Îñ àļļ: {hours} ĥöûŕš ŵàţçĥéð; %Ln pļàýš ñöţ çöûñţéð (ñö Ŕûññîñĝ ţîmé îñ ţĥéîŕ àŕţîçļéš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>In all: {hours} hours watched.</source>
            <translation>[Îñ àļļ: {hours} ĥöûŕš ŵàţçĥéð. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Bring your own shows</source>
            <translation>[Bŕîñĝ ýöûŕ öŵñ šĥöŵš ~~~~~]</translation>
        </message>
        <message>
            <source>An article is a plain-text file about an episode, a show or a film (Help → The Article Format). Bring a show's from Wikipedia with File → Get Articles from a Wiki…, your own files with File → Import Folder… or by dropping them on this window; what you watched elsewhere, with File → Import Watch History…</source>
            <translation>[Àñ àŕţîçļé îš à pļàîñ-ţéxţ fîļé àböûţ àñ épîšöðé, à šĥöŵ öŕ à fîļm (Ĥéļp → Ţĥé Àŕţîçļé Föŕmàţ). Bŕîñĝ à šĥöŵ'š fŕöm Ŵîķîpéðîà ŵîţĥ Fîļé → Ĝéţ Àŕţîçļéš fŕöm à Ŵîķî…, ýöûŕ öŵñ fîļéš ŵîţĥ Fîļé → Împöŕţ Föļðéŕ… öŕ bý ðŕöppîñĝ ţĥém öñ ţĥîš ŵîñðöŵ; ŵĥàţ ýöû ŵàţçĥéð éļšéŵĥéŕé, ŵîţĥ Fîļé → Împöŕţ Ŵàţçĥ Ĥîšţöŕý… ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Remove the Samples…</source>
            <translation>[&amp;Rémövé ţĥé Šàmpļéš… ~~~~~]</translation>
        </message>
        <message>
            <source>The two sample shows and the film leave the library (Ctrl+Z brings them back)</source>
            <translation>[Ţĥé ţŵö šàmpļé šĥöŵš àñð ţĥé fîļm ļéàvé ţĥé ļîbŕàŕý (Çţŕļ+Ž bŕîñĝš ţĥém bàçķ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Next episode</source>
            <translation>[Ñéxţ épîšöðé ~~]</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>[Pŕöĝŕéšš ~]</translation>
        </message>
        <message>
            <source>{show} (rewatch {number})</source>
            <translation>[{show} (ŕéŵàţçĥ {number}) ~~~~~~~]</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>[émpţý ~]</translation>
        </message>
        <message>
            <source>{column}: {value}</source>
            <translation>[{column}: {value} ~~~~]</translation>
        </message>
        <message>
            <source>Last watched on {date}.</source>
            <translation>[Ļàšţ ŵàţçĥéð öñ {date}. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Continue watching</source>
            <translation>[Çöñţîñûé ŵàţçĥîñĝ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Open Next Episode</source>
            <translation>[&amp;Opéñ Ñéxţ Épîšöðé ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Mark It Watched</source>
            <translation>[&amp;Màŕķ Îţ Ŵàţçĥéð ~~~~]</translation>
        </message>
        <message>
            <source>Continue Watching</source>
            <translation>[Çöñţîñûé Ŵàţçĥîñĝ ~~~~]</translation>
        </message>
        <message>
            <source>In progress ({count})</source>
            <translation>[Îñ pŕöĝŕéšš ({count}) ~~~~~~]</translation>
        </message>
        <message>
            <source>Paused ({count})</source>
            <translation>[Pàûšéð ({count}) ~~~~]</translation>
        </message>
        <message>
            <source>Plan to Watch ({count})</source>
            <translation>[Pļàñ ţö Ŵàţçĥ ({count}) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Finished ({count})</source>
            <translation>[Fîñîšĥéð ({count}) ~~~~~]</translation>
        </message>
        <message>
            <source>Not started ({count})</source>
            <translation>[Ñöţ šţàŕţéð ({count}) ~~~~~~]</translation>
        </message>
        <message>
            <source>Dropped ({count})</source>
            <translation>[Ðŕöppéð ({count}) ~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{articles} in {shows}; {watched} of %Ln episode(s) watched.</source>
            <translation>
                <numerusform>[{articles} îñ {shows}; {watched} öf %Ln épîšöðé ŵàţçĥéð. ~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{articles} îñ {shows}; {watched} öf %Ln épîšöðéš ŵàţçĥéð. ~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln show(s)</source>
            <translation>
                <numerusform>[%Ln šĥöŵ ~]</numerusform>
                <numerusform>[%Ln šĥöŵš ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Your library is empty.</source>
            <translation>[Ýöûŕ ļîbŕàŕý îš émpţý. ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln show(s) in progress.</source>
            <translation>
                <numerusform>[%Ln šĥöŵ îñ pŕöĝŕéšš. ~~~~~~]</numerusform>
                <numerusform>[%Ln šĥöŵš îñ pŕöĝŕéšš. ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing in progress: choose an episode in the navigator and mark it watched.</source>
            <translation>[Ñöţĥîñĝ îñ pŕöĝŕéšš: çĥööšé àñ épîšöðé îñ ţĥé ñàvîĝàţöŕ àñð màŕķ îţ ŵàţçĥéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>[Ţöðàý ~]</translation>
        </message>
        <message numerus="yes">
            <source>{date} (in %n day(s))</source>
            <translation>
                <numerusform>[{date} (îñ %n ðàý) ~~~~~]</numerusform>
                <numerusform>[{date} (îñ %n ðàýš) ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Upcoming episodes</source>
            <translation>[Ûpçömîñĝ épîšöðéš ~~~~]</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>[Ûpçömîñĝ ~]</translation>
        </message>
        <message>
            <source>Nothing ahead: no episode in your library airs after today. Airdates come from each article's Airdate field.</source>
            <translation>[Ñöţĥîñĝ àĥéàð: ñö épîšöðé îñ ýöûŕ ļîbŕàŕý àîŕš àfţéŕ ţöðàý. Àîŕðàţéš çömé fŕöm éàçĥ àŕţîçļé'š Àîŕðàţé fîéļð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>[Ñöţéš ~]</translation>
        </message>
        <message>
            <source>Your notes on this article (saved as you type)</source>
            <translation>[Ýöûŕ ñöţéš öñ ţĥîš àŕţîçļé (šàvéð àš ýöû ţýpé) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>[&amp;Réšöļvé… ~]</translation>
        </message>
        <message>
            <source>This note was changed on two computers: choose its text</source>
            <translation>[Ţĥîš ñöţé ŵàš çĥàñĝéð öñ ţŵö çömpûţéŕš: çĥööšé îţš ţéxţ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <translation>[Ĥî&amp;sţöŕý… ~]</translation>
        </message>
        <message>
            <source>Every earlier text of this note</source>
            <translation>[Évéŕý éàŕļîéŕ ţéxţ öf ţĥîš ñöţé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>[Ûpðàţéð ~]</translation>
        </message>
        <message>
            <source>Changed on two computers</source>
            <translation>[Çĥàñĝéð öñ ţŵö çömpûţéŕš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>[Éðîţîñĝ… ~]</translation>
        </message>
        <message>
            <source>Not saved — will retry</source>
            <translation>[Ñöţ šàvéð — ŵîļļ ŕéţŕý ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) not saved — will retry</source>
            <translation>
                <numerusform>[%n ñöţé ñöţ šàvéð — ŵîļļ ŕéţŕý ~~~~~~~~~]</numerusform>
                <numerusform>[%n ñöţéš ñöţ šàvéð — ŵîļļ ŕéţŕý ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>[Šàvéð ~]</translation>
        </message>
        <message>
            <source>Not watched yet</source>
            <translation>[Ñöţ ŵàţçĥéð ýéţ ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Watched %n time(s), last on {date}</source>
            <translation>
                <numerusform>[Ŵàţçĥéð öñçé, ļàšţ öñ {date} ~~~~~~~~~]</numerusform>
                <numerusform>[Ŵàţçĥéð %n ţîméš, ļàšţ öñ {date} ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Your rating</source>
            <translation>[Ýöûŕ ŕàţîñĝ ~~]</translation>
        </message>
        <message>
            <source>Your rating of this, from 1 to 10 (Ctrl+Shift+R)</source>
            <translation>[Ýöûŕ ŕàţîñĝ öf ţĥîš, fŕöm 1 ţö 10 (Çţŕļ+Šĥîfţ+Ŕ) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>[Ñöţ ŕàţéð ~]</translation>
        </message>
        <message>
            <source>&amp;Show Anyway</source>
            <translation>[&amp;Sĥöŵ Àñýŵàý ~~]</translation>
        </message>
        <message>
            <source>Show the prose of this unwatched episode</source>
            <translation>[Šĥöŵ ţĥé pŕöšé öf ţĥîš ûñŵàţçĥéð épîšöðé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Watched ✓</source>
            <translation>[&amp;Wàţçĥéð ✓ ~]</translation>
        </message>
        <message>
            <source>Infobox</source>
            <translation>[Îñföböx ~]</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>[Çöñţéñţš ~]</translation>
        </message>
        <message>
            <source>The prose of this episode is folded away until you have watched it.</source>
            <translation>[Ţĥé pŕöšé öf ţĥîš épîšöðé îš föļðéð àŵàý ûñţîļ ýöû ĥàvé ŵàţçĥéð îţ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Episode {number}</source>
            <translation>[Épîšöðé {number} ~~~~]</translation>
        </message>
        <message>
            <source>Show overview</source>
            <translation>[Šĥöŵ övéŕvîéŵ ~~~]</translation>
        </message>
        <message>
            <source>{code} (title hidden)</source>
            <translation>[{code} (ţîţļé ĥîððéñ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Show more of this article</source>
            <translation>[Šĥöŵ möŕé öf ţĥîš àŕţîçļé ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>(%Ln character(s) not shown yet)</source>
            <translation>
                <numerusform>[(%Ln çĥàŕàçţéŕ ñöţ šĥöŵñ ýéţ) ~~~~~~~~~]</numerusform>
                <numerusform>[(%Ln çĥàŕàçţéŕš ñöţ šĥöŵñ ýéţ) ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>From {source}, {license}</source>
            <translation>[Fŕöm {source}, {license} ~~~~~~~]</translation>
        </message>
        <message>
            <source>From {source}</source>
            <translation>[Fŕöm {source} ~~~]</translation>
        </message>
        <message>
            <source>Original title</source>
            <translation>[Öŕîĝîñàļ ţîţļé ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Show %Ln more field(s)</source>
            <translation>
                <numerusform>[Šĥöŵ %Ln möŕé fîéļð ~~~~~]</numerusform>
                <numerusform>[Šĥöŵ %Ln möŕé fîéļðš ~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln not shown yet)</source>
            <translation>
                <numerusform>[(%Ln ñöţ šĥöŵñ ýéţ) ~~~~~]</numerusform>
                <numerusform>[(%Ln ñöţ šĥöŵñ ýéţ) ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>[Àŕţîçļé ţéxţ ~~]</translation>
        </message>
        <message>
            <source>Find in article</source>
            <translation>[Fîñð îñ àŕţîçļé ~~~]</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>[Pŕévîöûš màţçĥ (Šĥîfţ+Éñţéŕ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>[Ñéxţ màţçĥ (Éñţéŕ) ~~~~~]</translation>
        </message>
        <message>
            <source>Close (Escape)</source>
            <translation>[Çļöšé (Éšçàpé) ~~~]</translation>
        </message>
        <message>
            <source>Previous Match</source>
            <translation>[Pŕévîöûš Màţçĥ ~~~]</translation>
        </message>
        <message>
            <source>Next Match</source>
            <translation>[Ñéxţ Màţçĥ ~]</translation>
        </message>
        <message>
            <source>Close Find</source>
            <translation>[Çļöšé Fîñð ~]</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>[F&amp;iñð: ~]</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>[{current} öf {total} ~~~~~]</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>[Ñö màţçĥéš ~]</translation>
        </message>
        <message>
            <source>Follow &amp;System</source>
            <translation>[Föļļöŵ &amp;Sýšţém ~~~]</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>[&amp;Lîĝĥţ ~]</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>[&amp;Dàŕķ ~]</translation>
        </message>
        <message>
            <source>The language changes the next time Episode Guide starts.</source>
            <translation>[Ţĥé ļàñĝûàĝé çĥàñĝéš ţĥé ñéxţ ţîmé Épîšöðé Ĝûîðé šţàŕţš. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Checking the library for damage…</source>
            <translation>[Çĥéçķîñĝ ţĥé ļîbŕàŕý föŕ ðàmàĝé… ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Read only: {reason}; changes cannot be saved</source>
            <translation>[Ŕéàð öñļý: {reason}; çĥàñĝéš çàññöţ bé šàvéð ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The library could not be checked for damage now: {why}</source>
            <translation>[Ţĥé ļîbŕàŕý çöûļð ñöţ bé çĥéçķéð föŕ ðàmàĝé ñöŵ: {why} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The library is damaged</source>
            <translation>[Ţĥé ļîbŕàŕý îš ðàmàĝéð ~~~~~~]</translation>
        </message>
        <message>
            <source>Changes to {path} cannot be saved: {reason} (File → Restore From Backup…).</source>
            <translation>[Çĥàñĝéš ţö {path} çàññöţ bé šàvéð: {reason} (Fîļé → Ŕéšţöŕé Fŕöm Bàçķûp…). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rate '{name}' {value}/10</source>
            <translation>[Ŕàţé '{name}' {value}/10 ~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove the rating of '{name}'</source>
            <translation>[Ŕémövé ţĥé ŕàţîñĝ öf '{name}' ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the episodes without a season</source>
            <translation>[ţĥé épîšöðéš ŵîţĥöûţ à šéàšöñ ~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n episode(s) not yet aired were left unwatched.</source>
            <translation>
                <numerusform>[%n épîšöðé ñöţ ýéţ àîŕéð ŵéŕé ļéfţ ûñŵàţçĥéð. ~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n épîšöðéš ñöţ ýéţ àîŕéð ŵéŕé ļéfţ ûñŵàţçĥéð. ~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Not aired yet</source>
            <translation>[Ñöţ àîŕéð ýéţ ~~~]</translation>
        </message>
        <message>
            <source>'{title}' airs on {date}: it has not aired yet. Mark it watched all the same?</source>
            <translation>['{title}' àîŕš öñ {date}: îţ ĥàš ñöţ àîŕéð ýéţ. Màŕķ îţ ŵàţçĥéð àļļ ţĥé šàmé? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Set {show} to {status}</source>
            <translation>[Šéţ {show} ţö {status} ~~~~~~]</translation>
        </message>
        <message>
            <source>Clear the status of {show}</source>
            <translation>[Çļéàŕ ţĥé šţàţûš öf {show} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start a rewatch of {show}</source>
            <translation>[Šţàŕţ à ŕéŵàţçĥ öf {show} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark '{title}' unwatched?</source>
            <translation>[Màŕķ '{title}' ûñŵàţçĥéð? ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>'{title}' was watched %n time(s). Remove only the latest play, or all of them?</source>
            <translation>
                <numerusform>['{title}' ŵàš ŵàţçĥéð %n ţîmé. Ŕémövé öñļý ţĥé ļàţéšţ pļàý, öŕ àļļ öf ţĥém? ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>['{title}' ŵàš ŵàţçĥéð %n ţîméš. Ŕémövé öñļý ţĥé ļàţéšţ pļàý, öŕ àļļ öf ţĥém? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the &amp;Latest Play</source>
            <translation>[Ŕémövé ţĥé &amp;Làţéšţ Pļàý ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Remove &amp;All %n Play(s)</source>
            <translation>
                <numerusform>[Ŕémövé &amp;Aļļ %n Pļàý ~~~~~]</numerusform>
                <numerusform>[Ŕémövé &amp;Aļļ %n Pļàýš ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the latest play of '{title}'</source>
            <translation>[Ŕémövé ţĥé ļàţéšţ pļàý öf '{title}' ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>When did you watch '{title}'?</source>
            <translation>[Ŵĥéñ ðîð ýöû ŵàţçĥ '{title}'? ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark '{title}' watched on {date}</source>
            <translation>[Màŕķ '{title}' ŵàţçĥéð öñ {date} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark watched up to '{title}'</source>
            <translation>[Màŕķ ŵàţçĥéð ûp ţö '{title}' ~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” (%n article(s))</source>
            <translation>
                <numerusform>[“{name}” (%n àŕţîçļé) ~~~~~~]</numerusform>
                <numerusform>[“{name}” (%n àŕţîçļéš) ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>[“{name}” ~]</translation>
        </message>
        <message>
            <source>Remove from the library?</source>
            <translation>[Ŕémövé fŕöm ţĥé ļîbŕàŕý? ~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove {what} from the library?

What you watched, your notes and ratings are kept: import the files again and they are all there. Ctrl+Z undoes this.</source>
            <translation>[Ŕémövé {what} fŕöm ţĥé ļîbŕàŕý?

Ŵĥàţ ýöû ŵàţçĥéð, ýöûŕ ñöţéš àñð ŕàţîñĝš àŕé ķépţ: împöŕţ ţĥé fîļéš àĝàîñ àñð ţĥéý àŕé àļļ ţĥéŕé. Çţŕļ+Ž ûñðöéš ţĥîš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove {what} from the library</source>
            <translation>[Ŕémövé {what} fŕöm ţĥé ļîbŕàŕý ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>[Šàmpļéš ~]</translation>
        </message>
        <message>
            <source>&amp;Undo Typing</source>
            <translation>[&amp;Uñðö Ţýpîñĝ ~~]</translation>
        </message>
        <message>
            <source>&amp;Redo Typing</source>
            <translation>[&amp;Réðö Ţýpîñĝ ~~]</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>[&amp;Uñðö {what} ~~]</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>[&amp;Réðö {what} ~~]</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>[Ñöţ šàvéð ~]</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>[Ûñðöñé: {what} ~~~]</translation>
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation>[Ŕéðöñé: {what} ~~~]</translation>
        </message>
        <message>
            <source>Filter navigator</source>
            <translation>[Fîļţéŕ ñàvîĝàţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>[Fîļţéŕ ~]</translation>
        </message>
        <message>
            <source>Narrow the navigator by title or show (Ctrl+L)</source>
            <translation>[Ñàŕŕöŵ ţĥé ñàvîĝàţöŕ bý ţîţļé öŕ šĥöŵ (Çţŕļ+Ļ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Search library</source>
            <translation>[Šéàŕçĥ ļîbŕàŕý ~~~]</translation>
        </message>
        <message>
            <source>Search (Ctrl+K)</source>
            <translation>[Šéàŕçĥ (Çţŕļ+Ķ) ~~~]</translation>
        </message>
        <message>
            <source>Search every article and note (Ctrl+K)</source>
            <translation>[Šéàŕçĥ évéŕý àŕţîçļé àñð ñöţé (Çţŕļ+Ķ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation>[À&amp;ppéàŕàñçé ~~]</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>[&amp;Làñĝûàĝé ~]</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>[Ñàvîĝàţîöñ ~]</translation>
        </message>
        <message>
            <source>Your note is not saved</source>
            <translation>[Ýöûŕ ñöţé îš ñöţ šàvéð ~~~~~~]</translation>
        </message>
        <message>
            <source>A note you wrote could not be saved: the library is busy or cannot be written. If you close now, that text is lost.

Keep the window open and try again in a moment, or close without saving?</source>
            <translation>[À ñöţé ýöû ŵŕöţé çöûļð ñöţ bé šàvéð: ţĥé ļîbŕàŕý îš bûšý öŕ çàññöţ bé ŵŕîţţéñ. Îf ýöû çļöšé ñöŵ, ţĥàţ ţéxţ îš ļöšţ.

Ķéép ţĥé ŵîñðöŵ öpéñ àñð ţŕý àĝàîñ îñ à möméñţ, öŕ çļöšé ŵîţĥöûţ šàvîñĝ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Resolve the note</source>
            <translation>[Ŕéšöļvé ţĥé ñöţé ~~~~]</translation>
        </message>
        <message>
            <source>Restore an earlier note</source>
            <translation>[Ŕéšţöŕé àñ éàŕļîéŕ ñöţé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Type a search first, then save it.</source>
            <translation>[Ţýpé à šéàŕçĥ fîŕšţ, ţĥéñ šàvé îţ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save Search</source>
            <translation>[Šàvé Šéàŕçĥ ~~]</translation>
        </message>
        <message>
            <source>Name of this search:</source>
            <translation>[Ñàmé öf ţĥîš šéàŕçĥ: ~~~~~]</translation>
        </message>
        <message>
            <source>Cannot save this search</source>
            <translation>[Çàññöţ šàvé ţĥîš šéàŕçĥ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the search '{name}'</source>
            <translation>[Šàvé ţĥé šéàŕçĥ '{name}' ~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete the saved search '{name}'</source>
            <translation>[Ðéļéţé ţĥé šàvéð šéàŕçĥ '{name}' ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reading your shows…</source>
            <translation>[Ŕéàðîñĝ ýöûŕ šĥöŵš… ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{watched} of %Ln episode(s) watched</source>
            <translation>
                <numerusform>[{watched} öf %Ln épîšöðé ŵàţçĥéð ~~~~~~~~~~]</numerusform>
                <numerusform>[{watched} öf %Ln épîšöðéš ŵàţçĥéð ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>The next episode is the first unwatched episode after the last one you watched, in broadcast order (in the current rewatch, if one is under way).</source>
            <translation>[Ţĥé ñéxţ épîšöðé îš ţĥé fîŕšţ ûñŵàţçĥéð épîšöðé àfţéŕ ţĥé ļàšţ öñé ýöû ŵàţçĥéð, îñ bŕöàðçàšţ öŕðéŕ (îñ ţĥé çûŕŕéñţ ŕéŵàţçĥ, îf öñé îš ûñðéŕ ŵàý). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Words and "quoted phrases" search titles, infobox values, prose and notes; filters narrow the results, and every part must match:</source>
            <translation>[Ŵöŕðš àñð "qûöţéð pĥŕàšéš" šéàŕçĥ ţîţļéš, îñföböx vàļûéš, pŕöšé àñð ñöţéš; fîļţéŕš ñàŕŕöŵ ţĥé ŕéšûļţš, àñð évéŕý pàŕţ mûšţ màţçĥ: ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>articles of that show</source>
            <translation>[àŕţîçļéš öf ţĥàţ šĥöŵ ~~~~~~]</translation>
        </message>
        <message>
            <source>episodes of season 3</source>
            <translation>[épîšöðéš öf šéàšöñ 3 ~~~~~]</translation>
        </message>
        <message>
            <source>articles whose field holds the value (any case)</source>
            <translation>[àŕţîçļéš ŵĥöšé fîéļð ĥöļðš ţĥé vàļûé (àñý çàšé) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>episodes and films watched (or not) in the current pass</source>
            <translation>[épîšöðéš àñð fîļmš ŵàţçĥéð (öŕ ñöţ) îñ ţĥé çûŕŕéñţ pàšš ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>articles whose note holds the word</source>
            <translation>[àŕţîçļéš ŵĥöšé ñöţé ĥöļðš ţĥé ŵöŕð ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>articles with a note; articles you rated</source>
            <translation>[àŕţîçļéš ŵîţĥ à ñöţé; àŕţîçļéš ýöû ŕàţéð ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>articles with no note; articles not rated</source>
            <translation>[àŕţîçļéš ŵîţĥ ñö ñöţé; àŕţîçļéš ñöţ ŕàţéð ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>articles whose airdate holds the text, or airdates compared (a year, a month or a day; &gt;, &gt;=, &lt;, &lt;=)</source>
            <translation>[àŕţîçļéš ŵĥöšé àîŕðàţé ĥöļðš ţĥé ţéxţ, öŕ àîŕðàţéš çömpàŕéð (à ýéàŕ, à möñţĥ öŕ à ðàý; &gt;, &gt;=, &lt;, &lt;=) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>articles you rated so (an overview or list article: its show's rating)</source>
            <translation>[àŕţîçļéš ýöû ŕàţéð šö (àñ övéŕvîéŵ öŕ ļîšţ àŕţîçļé: îţš šĥöŵ'š ŕàţîñĝ) ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>articles with a play in that period</source>
            <translation>[àŕţîçļéš ŵîţĥ à pļàý îñ ţĥàţ péŕîöð ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark '{title}' watched</source>
            <translation>[Màŕķ '{title}' ŵàţçĥéð ~~~~~~]</translation>
        </message>
        <message>
            <source>Mark '{title}' unwatched</source>
            <translation>[Màŕķ '{title}' ûñŵàţçĥéð ~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark all of {name} watched</source>
            <translation>[Màŕķ àļļ öf {name} ŵàţçĥéð ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark all of {name} unwatched</source>
            <translation>[Màŕķ àļļ öf {name} ûñŵàţçĥéð ~~~~~~~~~]</translation>
        </message>
    </context>
</TS>
