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
            <source>Go back to the previous article</source>
            <translation>[Ĝö bàçķ ţö ţĥé pŕévîöûš àŕţîçļé ~~~~~~~~~~]</translation>
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
            <source>Nothing watched yet.</source>
            <translation>[Ñöţĥîñĝ ŵàţçĥéð ýéţ. ~~~~~]</translation>
        </message>
        <message>
            <source>Bar</source>
            <translation>[Bàŕ ~]</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>[Fîĝûŕé ~]</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>[ð MMM ýýýý ~]</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>[ðàţé ûñķñöŵñ ~~]</translation>
        </message>
        <message>
            <source>Filter navigator</source>
            <translation>[Fîļţéŕ ñàvîĝàţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>Filter by title or show</source>
            <translation>[Fîļţéŕ bý ţîţļé öŕ šĥöŵ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Search library</source>
            <translation>[Šéàŕçĥ ļîbŕàŕý ~~~]</translation>
        </message>
        <message>
            <source>Search the library (Ctrl+K)</source>
            <translation>[Šéàŕçĥ ţĥé ļîbŕàŕý (Çţŕļ+Ķ) ~~~~~~~~]</translation>
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
            <source>&amp;Undo {what}</source>
            <translation>[&amp;Uñðö {what} ~~]</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>[&amp;Réðö {what} ~~]</translation>
        </message>
        <message>
            <source>Reading your shows…</source>
            <translation>[Ŕéàðîñĝ ýöûŕ šĥöŵš… ~~~~~]</translation>
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
            <source>History</source>
            <translation>[Ĥîšţöŕý ~]</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>[Šţàţîšţîçš ~]</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>[Ûpçömîñĝ ~]</translation>
        </message>
        <message>
            <source>All Notes</source>
            <translation>[Àļļ Ñöţéš ~]</translation>
        </message>
        <message>
            <source>{what} (Ctrl+Z to undo)</source>
            <translation>[{what} (Çţŕļ+Ž ţö ûñðö) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>[Ñöţ šàvéð ~]</translation>
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
            <source>Mark '{title}' watched</source>
            <translation>[Màŕķ '{title}' ŵàţçĥéð ~~~~~~]</translation>
        </message>
        <message>
            <source>Start a rewatch of {show}</source>
            <translation>[Šţàŕţ à ŕéŵàţçĥ öf {show} ~~~~~~~]</translation>
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
            <source>Mark '{title}' unwatched</source>
            <translation>[Màŕķ '{title}' ûñŵàţçĥéð ~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark watched up to '{title}'</source>
            <translation>[Màŕķ ŵàţçĥéð ûp ţö '{title}' ~~~~~~~~~]</translation>
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
            <source>Mark all of {name} watched</source>
            <translation>[Màŕķ àļļ öf {name} ŵàţçĥéð ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mark All &amp;Unwatched</source>
            <translation>[Màŕķ Àļļ &amp;Uñŵàţçĥéð ~~~~~]</translation>
        </message>
        <message>
            <source>Mark all of {name} unwatched</source>
            <translation>[Màŕķ àļļ öf {name} ûñŵàţçĥéð ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Re&amp;move Show From Library…</source>
            <translation>[Ŕé&amp;mövé Šĥöŵ Fŕöm Ļîbŕàŕý… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>[Šĥöŵ îñ &amp;Föļðéŕ ~~~]</translation>
        </message>
        <message>
            <source>Re&amp;move From Library…</source>
            <translation>[Ŕé&amp;mövé Fŕöm Ļîbŕàŕý… ~~~~~~]</translation>
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
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>[%Ln àŕţîçļé ~~]</numerusform>
                <numerusform>[%Ln àŕţîçļéš ~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln show(s)</source>
            <translation>
                <numerusform>[%Ln šĥöŵ ~]</numerusform>
                <numerusform>[%Ln šĥöŵš ~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{watched} of %Ln episode(s) watched</source>
            <translation>
                <numerusform>[{watched} öf %Ln épîšöðé ŵàţçĥéð ~~~~~~~~~~]</numerusform>
                <numerusform>[{watched} öf %Ln épîšöðéš ŵàţçĥéð ~~~~~~~~~~~]</numerusform>
            </translation>
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
            <source>Title</source>
            <translation>[Ţîţļé ~]</translation>
        </message>
        <message>
            <source>Watched</source>
            <translation>[Ŵàţçĥéð ~]</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>[Ŕàţîñĝ ~]</translation>
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
            <source>Season {number}</source>
            <translation>[Šéàšöñ {number} ~~~]</translation>
        </message>
        <message>
            <source>Special: {title}</source>
            <translation>[Špéçîàļ: {title} ~~~~]</translation>
        </message>
        <message>
            <source>Rewatch {number}: {watched}/{total}</source>
            <translation>[Ŕéŵàţçĥ {number}: {watched}/{total} ~~~~~~~~~~~]</translation>
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
            <source>Navigator</source>
            <translation>[Ñàvîĝàţöŕ ~]</translation>
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
            <source>Ra&amp;ting:</source>
            <translation>[Ŕà&amp;tîñĝ: ~]</translation>
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
            <source>(the text is folded away by the Spoiler Shield until you have watched it)</source>
            <translation>[(ţĥé ţéxţ îš föļðéð àŵàý bý ţĥé Špöîļéŕ Šĥîéļð ûñţîļ ýöû ĥàvé ŵàţçĥéð îţ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
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
            <source>This search cannot be read: {problem}.</source>
            <translation>[Ţĥîš šéàŕçĥ çàññöţ bé ŕéàð: {problem}. ~~~~~~~~~~~~~]</translation>
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
    </context>
</TS>
