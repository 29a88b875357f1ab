<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Clear {field}</source>
            <translation>Clear {field}</translation>
        </message>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>&amp;Import Files…</translation>
        </message>
        <message>
            <source>Import article files</source>
            <translation>Import article files</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>Import &amp;Folder…</translation>
        </message>
        <message>
            <source>Import every article file in a folder</source>
            <translation>Import every article file in a folder</translation>
        </message>
        <message>
            <source>&amp;Get Articles from a Wiki…</source>
            <translation>&amp;Get Articles from a Wiki…</translation>
        </message>
        <message>
            <source>Bring a show's articles from Wikipedia or another wiki</source>
            <translation>Bring a show's articles from Wikipedia or another wiki</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Find in Article…</source>
            <translation>&amp;Find in Article…</translation>
        </message>
        <message>
            <source>Find text in the open article</source>
            <translation>Find text in the open article</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Find &amp;Next</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Find Pre&amp;vious</translation>
        </message>
        <message>
            <source>&amp;Search Library…</source>
            <translation>&amp;Search Library…</translation>
        </message>
        <message>
            <source>Search every article and note</source>
            <translation>Search every article and note</translation>
        </message>
        <message>
            <source>Fi&amp;lter Navigator</source>
            <translation>Fi&amp;lter Navigator</translation>
        </message>
        <message>
            <source>Narrow the navigator by title</source>
            <translation>Narrow the navigator by title</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Go back to the page or article before</source>
            <translation>Go back to the page or article before</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <source>Go forward again</source>
            <translation>Go forward again</translation>
        </message>
        <message>
            <source>&amp;Previous Episode</source>
            <translation>&amp;Previous Episode</translation>
        </message>
        <message>
            <source>The article before this one in broadcast order</source>
            <translation>The article before this one in broadcast order</translation>
        </message>
        <message>
            <source>&amp;Next Episode</source>
            <translation>&amp;Next Episode</translation>
        </message>
        <message>
            <source>The article after this one in broadcast order</source>
            <translation>The article after this one in broadcast order</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Actual Size</translation>
        </message>
        <message>
            <source>&amp;Watched</source>
            <translation>&amp;Watched</translation>
        </message>
        <message>
            <source>Mark the open episode watched or unwatched</source>
            <translation>Mark the open episode watched or unwatched</translation>
        </message>
        <message>
            <source>Mark &amp;Watched</source>
            <translation>Mark &amp;Watched</translation>
        </message>
        <message>
            <source>Mark &amp;Unwatched</source>
            <translation>Mark &amp;Unwatched</translation>
        </message>
        <message>
            <source>Mark Watched &amp;Up to Here</source>
            <translation>Mark Watched &amp;Up to Here</translation>
        </message>
        <message>
            <source>Mark this and every earlier unwatched episode watched</source>
            <translation>Mark this and every earlier unwatched episode watched</translation>
        </message>
        <message>
            <source>&amp;Unwatched Only</source>
            <translation>&amp;Unwatched Only</translation>
        </message>
        <message>
            <source>Show only unwatched episodes in the navigator</source>
            <translation>Show only unwatched episodes in the navigator</translation>
        </message>
        <message>
            <source>&amp;Spoiler Shield</source>
            <translation>&amp;Spoiler Shield</translation>
        </message>
        <message>
            <source>Fold the prose of unwatched episodes</source>
            <translation>Fold the prose of unwatched episodes</translation>
        </message>
        <message>
            <source>Hide &amp;Titles of Unwatched Episodes</source>
            <translation>Hide &amp;Titles of Unwatched Episodes</translation>
        </message>
        <message>
            <source>With the Spoiler Shield, unwatched episodes go by their number alone</source>
            <translation>With the Spoiler Shield, unwatched episodes go by their number alone</translation>
        </message>
        <message>
            <source>&amp;About Episode Guide</source>
            <translation>&amp;About Episode Guide</translation>
        </message>
        <message>
            <source>&amp;Continue Watching</source>
            <translation>&amp;Continue Watching</translation>
        </message>
        <message>
            <source>Each show in progress with its next episode</source>
            <translation>Each show in progress with its next episode</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>Every play, newest first</source>
            <translation>Every play, newest first</translation>
        </message>
        <message>
            <source>S&amp;tatistics</source>
            <translation>S&amp;tatistics</translation>
        </message>
        <message>
            <source>What you watched, in charts</source>
            <translation>What you watched, in charts</translation>
        </message>
        <message>
            <source>&amp;All Notes</source>
            <translation>&amp;All Notes</translation>
        </message>
        <message>
            <source>Every note you wrote</source>
            <translation>Every note you wrote</translation>
        </message>
        <message>
            <source>Start a &amp;Rewatch</source>
            <translation>Start a &amp;Rewatch</translation>
        </message>
        <message>
            <source>Begin a new pass of this show; earlier plays stay</source>
            <translation>Begin a new pass of this show; earlier plays stay</translation>
        </message>
        <message>
            <source>Sa&amp;ve Search…</source>
            <translation>Sa&amp;ve Search…</translation>
        </message>
        <message>
            <source>Keep this search in the navigator</source>
            <translation>Keep this search in the navigator</translation>
        </message>
        <message>
            <source>&amp;Export Personal Data…</source>
            <translation>&amp;Export Personal Data…</translation>
        </message>
        <message>
            <source>Every play and note to a JSON file (and history to CSV)</source>
            <translation>Every play and note to a JSON file (and history to CSV)</translation>
        </message>
        <message>
            <source>&amp;Merge Personal Data…</source>
            <translation>&amp;Merge Personal Data…</translation>
        </message>
        <message>
            <source>Merge plays and notes exported from another library</source>
            <translation>Merge plays and notes exported from another library</translation>
        </message>
        <message>
            <source>&amp;Back Up Now…</source>
            <translation>&amp;Back Up Now…</translation>
        </message>
        <message>
            <source>Copy the library into the backups folder</source>
            <translation>Copy the library into the backups folder</translation>
        </message>
        <message>
            <source>&amp;Restore From Backup…</source>
            <translation>&amp;Restore From Backup…</translation>
        </message>
        <message>
            <source>Replace the library with a backup</source>
            <translation>Replace the library with a backup</translation>
        </message>
        <message>
            <source>&amp;Check Library…</source>
            <translation>&amp;Check Library…</translation>
        </message>
        <message>
            <source>Broken links, numbering, file integrity</source>
            <translation>Broken links, numbering, file integrity</translation>
        </message>
        <message>
            <source>S&amp;ync Folder…</source>
            <translation>S&amp;ync Folder…</translation>
        </message>
        <message>
            <source>Choose a folder a sync engine shares between your computers</source>
            <translation>Choose a folder a sync engine shares between your computers</translation>
        </message>
        <message>
            <source>Sync &amp;Now</source>
            <translation>Sync &amp;Now</translation>
        </message>
        <message>
            <source>Sync with your other computers now</source>
            <translation>Sync with your other computers now</translation>
        </message>
        <message>
            <source>Import &amp;Watch History…</source>
            <translation>Import &amp;Watch History…</translation>
        </message>
        <message>
            <source>Bring your plays and ratings from Trakt, TV Time, SeriesGuide, Kodi/Jellyfin or Netflix</source>
            <translation>Bring your plays and ratings from Trakt, TV Time, SeriesGuide, Kodi/Jellyfin or Netflix</translation>
        </message>
        <message>
            <source>Ra&amp;te…</source>
            <translation>Ra&amp;te…</translation>
        </message>
        <message>
            <source>Rate the open article from 1 to 10</source>
            <translation>Rate the open article from 1 to 10</translation>
        </message>
        <message>
            <source>&amp;Rating Column</source>
            <translation>&amp;Rating Column</translation>
        </message>
        <message>
            <source>Show your ratings in the navigator</source>
            <translation>Show your ratings in the navigator</translation>
        </message>
        <message>
            <source>Upco&amp;ming</source>
            <translation>Upco&amp;ming</translation>
        </message>
        <message>
            <source>Episodes airing from today on</source>
            <translation>Episodes airing from today on</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>Every shortcut of the window</source>
            <translation>Every shortcut of the window</translation>
        </message>
        <message>
            <source>The Article &amp;Format</source>
            <translation>The Article &amp;Format</translation>
        </message>
        <message>
            <source>How to write an article file</source>
            <translation>How to write an article file</translation>
        </message>
        <message>
            <source>Mark Watched &amp;On…</source>
            <translation>Mark Watched &amp;On…</translation>
        </message>
        <message>
            <source>Record a viewing on a date you choose</source>
            <translation>Record a viewing on a date you choose</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>E&amp;pisode</source>
            <translation>E&amp;pisode</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Cannot open the library</source>
            <translation>Cannot open the library</translation>
        </message>
        <message>
            <source>Episode Guide cannot open the library
{path}</source>
            <translation>Episode Guide cannot open the library
{path}</translation>
        </message>
        <message>
            <source>The file has not been changed.</source>
            <translation>The file has not been changed.</translation>
        </message>
        <message>
            <source>&amp;Restore the Latest Backup</source>
            <translation>&amp;Restore the Latest Backup</translation>
        </message>
        <message>
            <source>The latest good backup is {backup}. Restoring it keeps the damaged file in the backups folder.</source>
            <translation>The latest good backup is {backup}. Restoring it keeps the damaged file in the backups folder.</translation>
        </message>
        <message>
            <source>&amp;Open Another…</source>
            <translation>&amp;Open Another…</translation>
        </message>
        <message>
            <source>&amp;Create New…</source>
            <translation>&amp;Create New…</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>Open Library</translation>
        </message>
        <message>
            <source>Episode Guide library (*.db)</source>
            <translation>Episode Guide library (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>New Library</source>
            <translation>New Library</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>File exists</translation>
        </message>
        <message>
            <source>{path} already exists. Choose a new name: Episode Guide never overwrites a file.</source>
            <translation>{path} already exists. Choose a new name: Episode Guide never overwrites a file.</translation>
        </message>
        <message>
            <source>Get Articles from a Wiki</source>
            <translation>Get Articles from a Wiki</translation>
        </message>
        <message>
            <source>A wiki that runs MediaWiki (Wikipedia, or another such as a Fandom wiki), a Kiwix ZIM file, or a Wikipedia multistream dump</source>
            <translation>A wiki that runs MediaWiki (Wikipedia, or another such as a Fandom wiki), a Kiwix ZIM file, or a Wikipedia multistream dump</translation>
        </message>
        <message>
            <source>&amp;ZIM or Dump…</source>
            <translation>&amp;ZIM or Dump…</translation>
        </message>
        <message>
            <source>Read the pages offline, from a Kiwix ZIM file or a Wikipedia dump</source>
            <translation>Read the pages offline, from a Kiwix ZIM file or a Wikipedia dump</translation>
        </message>
        <message>
            <source>The show's name, as the wiki titles it</source>
            <translation>The show's name, as the wiki titles it</translation>
        </message>
        <message>
            <source>Also &amp;replace articles imported from my own files</source>
            <translation>Also &amp;replace articles imported from my own files</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>Fro&amp;m:</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Articles found</source>
            <translation>Articles found</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Choose a ZIM File or a Wikipedia Dump</source>
            <translation>Choose a ZIM File or a Wikipedia Dump</translation>
        </message>
        <message>
            <source>ZIM files and dumps (*.zim *multistream.xml.bz2)</source>
            <translation>ZIM files and dumps (*.zim *multistream.xml.bz2)</translation>
        </message>
        <message>
            <source>Give a wiki's address or a ZIM file, and the show's name.</source>
            <translation>Give a wiki's address or a ZIM file, and the show's name.</translation>
        </message>
        <message>
            <source>Reading the show's pages…</source>
            <translation>Reading the show's pages…</translation>
        </message>
        <message>
            <source>Reading {show} from {wiki}…</source>
            <translation>Reading {show} from {wiki}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Get Articles</source>
            <translation>Get Articles</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>{title} (from the list of episodes)</source>
            <translation>{title} (from the list of episodes)</translation>
        </message>
        <message numerus="yes">
            <source>{show} from {source}: %Ln article(s) found.</source>
            <translation>
                <numerusform>{show} from {source}: %Ln article found.</numerusform>
                <numerusform>{show} from {source}: %Ln articles found.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Navigator</source>
            <translation>Navigator</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Mark the selected episode watched or unwatched</source>
            <translation>Mark the selected episode watched or unwatched</translation>
        </message>
        <message>
            <source>Arrow keys, typing a title</source>
            <translation>Arrow keys, typing a title</translation>
        </message>
        <message>
            <source>Move, and jump to a title</source>
            <translation>Move, and jump to a title</translation>
        </message>
        <message>
            <source>Navigator filter</source>
            <translation>Navigator filter</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Into the navigator</source>
            <translation>Into the navigator</translation>
        </message>
        <message>
            <source>Search field</source>
            <translation>Search field</translation>
        </message>
        <message>
            <source>Down, Enter, Escape</source>
            <translation>Down, Enter, Escape</translation>
        </message>
        <message>
            <source>Into the results, open the first, go back</source>
            <translation>Into the results, open the first, go back</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Up, Down, Alt+Down</source>
            <translation>Up, Down, Alt+Down</translation>
        </message>
        <message>
            <source>Change the rating, open the list</source>
            <translation>Change the rating, open the list</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected play (Ctrl+Z brings it back)</source>
            <translation>Delete the selected play (Ctrl+Z brings it back)</translation>
        </message>
        <message>
            <source>Find bar</source>
            <translation>Find bar</translation>
        </message>
        <message>
            <source>Enter, Shift+Enter, Escape</source>
            <translation>Enter, Shift+Enter, Escape</translation>
        </message>
        <message>
            <source>Next match, previous match, close</source>
            <translation>Next match, previous match, close</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Every command in the menus with its keys, and the keys of each view:</source>
            <translation>Every command in the menus with its keys, and the keys of each view:</translation>
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
            <translation>
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
</translation>
        </message>
        <message>
            <source>The Article Format</source>
            <translation>The Article Format</translation>
        </message>
        <message>
            <source>About Episode Guide</source>
            <translation>About Episode Guide</translation>
        </message>
        <message>
            <source>A guide to the TV shows you follow: import episode articles, read them in broadcast order, keep track of what you watched.</source>
            <translation>A guide to the TV shows you follow: import episode articles, read them in broadcast order, keep track of what you watched.</translation>
        </message>
        <message>
            <source>Library: {path}</source>
            <translation>Library: {path}</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Leave out</translation>
        </message>
        <message>
            <source>Tracker exports (*.zip *.json *.csv *.nfo *.xml)</source>
            <translation>Tracker exports (*.zip *.json *.csv *.nfo *.xml)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Import as</translation>
        </message>
        <message>
            <source>Choose the article this item means (F2 or double-click)</source>
            <translation>Choose the article this item means (F2 or double-click)</translation>
        </message>
        <message>
            <source>{files} read ({formats}): {items}. {matched} matched to your articles, {ambiguous} ambiguous (choose below), {unmatched} not in your library yet (kept, and recorded when their articles are imported).</source>
            <translation>{files} read ({formats}): {items}. {matched} matched to your articles, {ambiguous} ambiguous (choose below), {unmatched} not in your library yet (kept, and recorded when their articles are imported).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln file</numerusform>
                <numerusform>%Ln files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
                <numerusform>%Ln items</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Watch History</source>
            <translation>Import Watch History</translation>
        </message>
        <message>
            <source>Ambiguous items</source>
            <translation>Ambiguous items</translation>
        </message>
        <message>
            <source>Matched items</source>
            <translation>Matched items</translation>
        </message>
        <message>
            <source>Not in your library</source>
            <translation>Not in your library</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>&amp;Matched ({count})</source>
            <translation>&amp;Matched ({count})</translation>
        </message>
        <message>
            <source>&amp;Ambiguous ({count})</source>
            <translation>&amp;Ambiguous ({count})</translation>
        </message>
        <message>
            <source>&amp;Not in Library ({count})</source>
            <translation>&amp;Not in Library ({count})</translation>
        </message>
        <message>
            <source>&amp;Skipped ({count})</source>
            <translation>&amp;Skipped ({count})</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>A history import is already running.</source>
            <translation>A history import is already running.</translation>
        </message>
        <message>
            <source>{problem}; nothing was imported</source>
            <translation>{problem}; nothing was imported</translation>
        </message>
        <message>
            <source>Reading your history…</source>
            <translation>Reading your history…</translation>
        </message>
        <message>
            <source>This Netflix file holds the viewing of several profiles. Import whose?</source>
            <translation>This Netflix file holds the viewing of several profiles. Import whose?</translation>
        </message>
        <message>
            <source>Importing your history…</source>
            <translation>Importing your history…</translation>
        </message>
        <message>
            <source>Imported: {summary}</source>
            <translation>Imported: {summary}</translation>
        </message>
        <message>
            <source>{what} (Ctrl+Z to undo)</source>
            <translation>{what} (Ctrl+Z to undo)</translation>
        </message>
        <message>
            <source>Watch history not imported</source>
            <translation>Watch history not imported</translation>
        </message>
        <message>
            <source>Reading files…</source>
            <translation>Reading files…</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %Ln file(s)</source>
            <translation>
                <numerusform>{done} of %Ln file</numerusform>
                <numerusform>{done} of %Ln files</numerusform>
            </translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>Added:</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>Updated:</translation>
        </message>
        <message>
            <source>Rejected:</source>
            <translation>Rejected:</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Warnings:</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import cancelled</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Import report</translation>
        </message>
        <message>
            <source>&amp;Copy Report</source>
            <translation>&amp;Copy Report</translation>
        </message>
        <message>
            <source>Import Article Files</source>
            <translation>Import Article Files</translation>
        </message>
        <message>
            <source>Article files (*.txt)</source>
            <translation>Article files (*.txt)</translation>
        </message>
        <message>
            <source>Import a Folder of Articles</source>
            <translation>Import a Folder of Articles</translation>
        </message>
        <message>
            <source>An import is already running.</source>
            <translation>An import is already running.</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <source>Two versions of the note on {title}</source>
            <translation>Two versions of the note on {title}</translation>
        </message>
        <message>
            <source>This note was changed on two computers. Keep one version, or write one text from both and save it.</source>
            <translation>This note was changed on two computers. Keep one version, or write one text from both and save it.</translation>
        </message>
        <message>
            <source>Version {number}, changed {date}</source>
            <translation>Version {number}, changed {date}</translation>
        </message>
        <message>
            <source>&amp;{number} Keep This Version</source>
            <translation>&amp;{number} Keep This Version</translation>
        </message>
        <message>
            <source>Version {number}</source>
            <translation>Version {number}</translation>
        </message>
        <message>
            <source>Merged text</source>
            <translation>Merged text</translation>
        </message>
        <message>
            <source>&amp;Save This Text</source>
            <translation>&amp;Save This Text</translation>
        </message>
        <message>
            <source>Or &amp;write one text from both:</source>
            <translation>Or &amp;write one text from both:</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(removed)</translation>
        </message>
        <message>
            <source>History of the note on {title}</source>
            <translation>History of the note on {title}</translation>
        </message>
        <message>
            <source>Versions of this note</source>
            <translation>Versions of this note</translation>
        </message>
        <message>
            <source>The selected version</source>
            <translation>The selected version</translation>
        </message>
        <message>
            <source>&amp;Restore This Version</source>
            <translation>&amp;Restore This Version</translation>
        </message>
        <message>
            <source>Export Personal Data</source>
            <translation>Export Personal Data</translation>
        </message>
        <message>
            <source>Personal data (*.json)</source>
            <translation>Personal data (*.json)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>Exported {plays} and {notes} to {path}; the watch history is also in {csv}.</source>
            <translation>Exported {plays} and {notes} to {path}; the watch history is also in {csv}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln play(s)</source>
            <translation>
                <numerusform>%Ln play</numerusform>
                <numerusform>%Ln plays</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln note</numerusform>
                <numerusform>%Ln notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge Personal Data</source>
            <translation>Merge Personal Data</translation>
        </message>
        <message>
            <source>Merge finished</source>
            <translation>Merge finished</translation>
        </message>
        <message>
            <source>Merge personal data</source>
            <translation>Merge personal data</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Merging…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <source>The library was copied to {path}.</source>
            <translation>The library was copied to {path}.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restore this backup?</translation>
        </message>
        <message>
            <source>Replace the whole library with {held}?

{path}

What the library holds now is kept as a copy in the backups folder.</source>
            <translation>Replace the whole library with {held}?

{path}

What the library holds now is kept as a copy in the backups folder.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>The backup was restored. The library as it was is kept in {path}.</source>
            <translation>The backup was restored. The library as it was is kept in {path}.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>Checking the library…</source>
            <translation>Checking the library…</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>(the library)</source>
            <translation>(the library)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problem</numerusform>
                <numerusform>%Ln problems</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>No problems</translation>
        </message>
        <message numerus="yes">
            <source>{problems}, and %Ln note(s) for your information</source>
            <translation>
                <numerusform>{problems}, and %Ln note for your information</numerusform>
                <numerusform>{problems}, and %Ln notes for your information</numerusform>
            </translation>
        </message>
        <message>
            <source>{found}. Double-click one to open its article.</source>
            <translation>{found}. Double-click one to open its article.</translation>
        </message>
        <message>
            <source>Check Library</source>
            <translation>Check Library</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <source>Sync Folder</source>
            <translation>Sync Folder</translation>
        </message>
        <message>
            <source>Choose a sync folder first: File → Sync Folder…</source>
            <translation>Choose a sync folder first: File → Sync Folder…</translation>
        </message>
        <message>
            <source>Not synced: {reason}</source>
            <translation>Not synced: {reason}</translation>
        </message>
        <message>
            <source>In sync</source>
            <translation>In sync</translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) not read yet (being copied?)</source>
            <translation>
                <numerusform>%Ln file not read yet (being copied?)</numerusform>
                <numerusform>%Ln files not read yet (being copied?)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync failed: {problem}</source>
            <translation>Sync failed: {problem}</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Sync failed</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>date unknown</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>Season {number}</source>
            <translation>Season {number}</translation>
        </message>
        <message>
            <source>Special: {title}</source>
            <translation>Special: {title}</translation>
        </message>
        <message>
            <source>{watched}/{total} · rewatch {number}</source>
            <translation>{watched}/{total} · rewatch {number}</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>not rated</translation>
        </message>
        <message>
            <source>Saved search: {query}</source>
            <translation>Saved search: {query}</translation>
        </message>
        <message numerus="yes">
            <source>{watched} of %n episode(s) watched</source>
            <translation>
                <numerusform>{watched} of %n episode watched</numerusform>
                <numerusform>{watched} of %n episodes watched</numerusform>
            </translation>
        </message>
        <message>
            <source>Rewatch {number}: {progress}</source>
            <translation>Rewatch {number}: {progress}</translation>
        </message>
        <message>
            <source>(title hidden)</source>
            <translation>(title hidden)</translation>
        </message>
        <message>
            <source>not watched</source>
            <translation>not watched</translation>
        </message>
        <message>
            <source>watched {count}×</source>
            <translation>watched {count}×</translation>
        </message>
        <message>
            <source>episode list</source>
            <translation>episode list</translation>
        </message>
        <message>
            <source>show overview</source>
            <translation>show overview</translation>
        </message>
        <message>
            <source>has a note</source>
            <translation>has a note</translation>
        </message>
        <message>
            <source>rated {rating}/10</source>
            <translation>rated {rating}/10</translation>
        </message>
        <message>
            <source>Mark Watched Up to &amp;Here</source>
            <translation>Mark Watched Up to &amp;Here</translation>
        </message>
        <message>
            <source>&amp;Delete Saved Search</source>
            <translation>&amp;Delete Saved Search</translation>
        </message>
        <message>
            <source>season {number}</source>
            <translation>season {number}</translation>
        </message>
        <message>
            <source>Mark All &amp;Watched</source>
            <translation>Mark All &amp;Watched</translation>
        </message>
        <message>
            <source>Mark All &amp;Unwatched</source>
            <translation>Mark All &amp;Unwatched</translation>
        </message>
        <message>
            <source>Re&amp;move Show From Library…</source>
            <translation>Re&amp;move Show From Library…</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>No Status</source>
            <translation>No Status</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Show in &amp;Folder</translation>
        </message>
        <message>
            <source>Re&amp;move From Library…</source>
            <translation>Re&amp;move From Library…</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Show in Folder</translation>
        </message>
        <message>
            <source>No program here opens folders. The file is:
{path}

(Its path is copied.)</source>
            <translation>No program here opens folders. The file is:
{path}

(Its path is copied.)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Watched</source>
            <translation>Watched</translation>
        </message>
        <message>
            <source>Outside any show</source>
            <translation>Outside any show</translation>
        </message>
        <message>
            <source>Saved Searches</source>
            <translation>Saved Searches</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Next: {episode}</source>
            <translation>Next: {episode}</translation>
        </message>
        <message>
            <source>{show} — next: {episode}</source>
            <translation>{show} — next: {episode}</translation>
        </message>
        <message>
            <source>It can be marked watched once it has aired.</source>
            <translation>It can be marked watched once it has aired.</translation>
        </message>
        <message numerus="yes">
            <source>%n episode(s) left</source>
            <translation>
                <numerusform>%n episode left</numerusform>
                <numerusform>%n episodes left</numerusform>
            </translation>
        </message>
        <message>
            <source>{episodes}, at least {hours} hours</source>
            <translation>{episodes}, at least {hours} hours</translation>
        </message>
        <message>
            <source>{episodes}, {hours} hours</source>
            <translation>{episodes}, {hours} hours</translation>
        </message>
        <message>
            <source>Aired {date}</source>
            <translation>Aired {date}</translation>
        </message>
        <message>
            <source>Airs {date}</source>
            <translation>Airs {date}</translation>
        </message>
        <message>
            <source>Nothing watched yet.</source>
            <translation>Nothing watched yet.</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>All time</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Last 365 days</source>
            <translation>Last 365 days</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Episode</source>
            <translation>Episode</translation>
        </message>
        <message>
            <source>{key} (not in the library)</source>
            <translation>{key} (not in the library)</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Change &amp;Date…</source>
            <translation>Change &amp;Date…</translation>
        </message>
        <message>
            <source>&amp;Delete Play</source>
            <translation>&amp;Delete Play</translation>
        </message>
        <message>
            <source>Peri&amp;od:</source>
            <translation>Peri&amp;od:</translation>
        </message>
        <message>
            <source>All shows</source>
            <translation>All shows</translation>
        </message>
        <message>
            <source>No plays in this view.</source>
            <translation>No plays in this view.</translation>
        </message>
        <message>
            <source>&amp;Watched on:</source>
            <translation>&amp;Watched on:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{title} (show)</source>
            <translation>{title} (show)</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Search notes</translation>
        </message>
        <message>
            <source>Search your notes</source>
            <translation>Search your notes</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>All notes</translation>
        </message>
        <message>
            <source>All Notes</source>
            <translation>All Notes</translation>
        </message>
        <message>
            <source>No notes hold “{text}”.</source>
            <translation>No notes hold “{text}”.</translation>
        </message>
        <message>
            <source>No notes yet. Write one under any article, or on a show's page.</source>
            <translation>No notes yet. Write one under any article, or on a show's page.</translation>
        </message>
        <message>
            <source>(the text is folded away by the Spoiler Shield until you have watched it)</source>
            <translation>(the text is folded away by the Spoiler Shield until you have watched it)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>matched: {fields}</source>
            <translation>matched: {fields}</translation>
        </message>
        <message>
            <source>the library could not be read ({problem})</source>
            <translation>the library could not be read ({problem})</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>Type the rest of “{query}”… (below: what “{shown}” found)</source>
            <translation>Type the rest of “{query}”… (below: what “{shown}” found)</translation>
        </message>
        <message>
            <source>Type the rest of “{query}”…</source>
            <translation>Type the rest of “{query}”…</translation>
        </message>
        <message>
            <source>This search cannot be read: {problem}.</source>
            <translation>This search cannot be read: {problem}.</translation>
        </message>
        <message>
            <source>Filters: {names} (hover here for what each keeps).</source>
            <translation>Filters: {names} (hover here for what each keeps).</translation>
        </message>
        <message>
            <source>Type to search every article and note.</source>
            <translation>Type to search every article and note.</translation>
        </message>
        <message>
            <source>No matches for “{query}”.</source>
            <translation>No matches for “{query}”.</translation>
        </message>
        <message numerus="yes">
            <source>%n+ match(es) for “{query}”, best first:</source>
            <translation>
                <numerusform>%n+ match for “{query}”, best first:</numerusform>
                <numerusform>%n+ matches for “{query}”, best first:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) for “{query}”, best first:</source>
            <translation>
                <numerusform>%n match for “{query}”, best first:</numerusform>
                <numerusform>%n matches for “{query}”, best first:</numerusform>
            </translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Season</translation>
        </message>
        <message>
            <source>Without a season</source>
            <translation>Without a season</translation>
        </message>
        <message>
            <source>{watched} of {total}</source>
            <translation>{watched} of {total}</translation>
        </message>
        <message>
            <source>Airs</source>
            <translation>Airs</translation>
        </message>
        <message>
            <source>{season} special</source>
            <translation>{season} special</translation>
        </message>
        <message>
            <source>Special</source>
            <translation>Special</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Episode list</source>
            <translation>Episode list</translation>
        </message>
        <message>
            <source>✓ {count}×</source>
            <translation>✓ {count}×</translation>
        </message>
        <message>
            <source>Begin a new pass: progress starts again; every earlier play stays in the history</source>
            <translation>Begin a new pass: progress starts again; every earlier play stays in the history</translation>
        </message>
        <message>
            <source>Open the &amp;Overview</source>
            <translation>Open the &amp;Overview</translation>
        </message>
        <message>
            <source>Your rating of the show</source>
            <translation>Your rating of the show</translation>
        </message>
        <message>
            <source>Your rating of this show, from 1 to 10</source>
            <translation>Your rating of this show, from 1 to 10</translation>
        </message>
        <message>
            <source>Ra&amp;ting:</source>
            <translation>Ra&amp;ting:</translation>
        </message>
        <message>
            <source>Status of the show</source>
            <translation>Status of the show</translation>
        </message>
        <message>
            <source>No status</source>
            <translation>No status</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Seasons</source>
            <translation>Seasons</translation>
        </message>
        <message>
            <source>Mark Season &amp;Watched</source>
            <translation>Mark Season &amp;Watched</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Episodes</translation>
        </message>
        <message>
            <source>Your notes on this show (saved as you type)</source>
            <translation>Your notes on this show (saved as you type)</translation>
        </message>
        <message>
            <source>Every episode is watched.</source>
            <translation>Every episode is watched.</translation>
        </message>
        <message>
            <source>No episodes yet.</source>
            <translation>No episodes yet.</translation>
        </message>
        <message numerus="yes">
            <source>{watched} of %n episode(s) watched.</source>
            <translation>
                <numerusform>{watched} of %n episode watched.</numerusform>
                <numerusform>{watched} of %n episodes watched.</numerusform>
            </translation>
        </message>
        <message>
            <source>Started {date}.</source>
            <translation>Started {date}.</translation>
        </message>
        <message>
            <source>Episodes and films watched per month (last two years)</source>
            <translation>Episodes and films watched per month (last two years)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Completion per show</source>
            <translation>Completion per show</translation>
        </message>
        <message>
            <source>Episodes watched</source>
            <translation>Episodes watched</translation>
        </message>
        <message>
            <source>Directors you watched most</source>
            <translation>Directors you watched most</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Director</translation>
        </message>
        <message>
            <source>Writers you watched most</source>
            <translation>Writers you watched most</translation>
        </message>
        <message>
            <source>Writer</source>
            <translation>Writer</translation>
        </message>
        <message>
            <source>Hours watched per month (from each article's Running time)</source>
            <translation>Hours watched per month (from each article's Running time)</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Hours per show</source>
            <translation>Hours per show</translation>
        </message>
        <message>
            <source>Your ratings</source>
            <translation>Your ratings</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Average rating per show (of its rated episodes)</source>
            <translation>Average rating per show (of its rated episodes)</translation>
        </message>
        <message>
            <source>Average rating</source>
            <translation>Average rating</translation>
        </message>
        <message>
            <source>Show Figures as &amp;Tables</source>
            <translation>Show Figures as &amp;Tables</translation>
        </message>
        <message>
            <source>Every chart as a table: each figure in its own cell</source>
            <translation>Every chart as a table: each figure in its own cell</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>The figures could not be counted: {reason}</source>
            <translation>The figures could not be counted: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{month}: %n play(s)</source>
            <translation>
                <numerusform>{month}: %n play</numerusform>
                <numerusform>{month}: %n plays</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {watched} of %n episode(s) watched</source>
            <translation>
                <numerusform>{name}: {watched} of %n episode watched</numerusform>
                <numerusform>{name}: {watched} of %n episodes watched</numerusform>
            </translation>
        </message>
        <message>
            <source>{month}: {hours} hours</source>
            <translation>{month}: {hours} hours</translation>
        </message>
        <message>
            <source>No hours in these months: they come from each article's Running time field.</source>
            <translation>No hours in these months: they come from each article's Running time field.</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{name}: {hours} hours</source>
            <translation>{name}: {hours} hours</translation>
        </message>
        <message>
            <source>No hours yet: they come from each article's Running time field.</source>
            <translation>No hours yet: they come from each article's Running time field.</translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s) of {value}</source>
            <translation>
                <numerusform>%n rating of {value}</numerusform>
                <numerusform>%n ratings of {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>No ratings yet: rate an article with Ctrl+Shift+R.</source>
            <translation>No ratings yet: rate an article with Ctrl+Shift+R.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: {average} on average over %n rated episode(s)</source>
            <translation>
                <numerusform>{name}: {average} on average over %n rated episode</numerusform>
                <numerusform>{name}: {average} on average over %n rated episodes</numerusform>
            </translation>
        </message>
        <message>
            <source>No rated episodes yet.</source>
            <translation>No rated episodes yet.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n episode(s) watched</source>
            <translation>
                <numerusform>{name}: %n episode watched</numerusform>
                <numerusform>{name}: %n episodes watched</numerusform>
            </translation>
        </message>
        <message>
            <source>{year} in review: {plays} of {articles}, {hours} hours.</source>
            <translation>{year} in review: {plays} of {articles}, {hours} hours.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Busiest month: {month}.</source>
            <translation>Busiest month: {month}.</translation>
        </message>
        <message>
            <source>Most watched: {shows}.</source>
            <translation>Most watched: {shows}.</translation>
        </message>
        <message>
            <source>Best rated: {titles}.</source>
            <translation>Best rated: {titles}.</translation>
        </message>
        <message numerus="yes">
            <source>In all: {hours} hours watched; %Ln play(s) not counted (no Running time in their articles).</source>
            <translation>
                <numerusform>In all: {hours} hours watched; %Ln play not counted (no Running time in their articles).</numerusform>
                <numerusform>In all: {hours} hours watched; %Ln plays not counted (no Running time in their articles).</numerusform>
            </translation>
        </message>
        <message>
            <source>In all: {hours} hours watched.</source>
            <translation>In all: {hours} hours watched.</translation>
        </message>
        <message>
            <source>Bring your own shows</source>
            <translation>Bring your own shows</translation>
        </message>
        <message>
            <source>An article is a plain-text file about an episode, a show or a film (Help → The Article Format). Bring a show's from Wikipedia with File → Get Articles from a Wiki…, your own files with File → Import Folder… or by dropping them on this window; what you watched elsewhere, with File → Import Watch History…</source>
            <translation>An article is a plain-text file about an episode, a show or a film (Help → The Article Format). Bring a show's from Wikipedia with File → Get Articles from a Wiki…, your own files with File → Import Folder… or by dropping them on this window; what you watched elsewhere, with File → Import Watch History…</translation>
        </message>
        <message>
            <source>&amp;Remove the Samples…</source>
            <translation>&amp;Remove the Samples…</translation>
        </message>
        <message>
            <source>The two sample shows and the film leave the library (Ctrl+Z brings them back)</source>
            <translation>The two sample shows and the film leave the library (Ctrl+Z brings them back)</translation>
        </message>
        <message>
            <source>Next episode</source>
            <translation>Next episode</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>{show} (rewatch {number})</source>
            <translation>{show} (rewatch {number})</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>{column}: {value}</source>
            <translation>{column}: {value}</translation>
        </message>
        <message>
            <source>Last watched on {date}.</source>
            <translation>Last watched on {date}.</translation>
        </message>
        <message>
            <source>Continue watching</source>
            <translation>Continue watching</translation>
        </message>
        <message>
            <source>&amp;Open Next Episode</source>
            <translation>&amp;Open Next Episode</translation>
        </message>
        <message>
            <source>&amp;Mark It Watched</source>
            <translation>&amp;Mark It Watched</translation>
        </message>
        <message>
            <source>Continue Watching</source>
            <translation>Continue Watching</translation>
        </message>
        <message>
            <source>In progress ({count})</source>
            <translation>In progress ({count})</translation>
        </message>
        <message>
            <source>Paused ({count})</source>
            <translation>Paused ({count})</translation>
        </message>
        <message>
            <source>Plan to Watch ({count})</source>
            <translation>Plan to Watch ({count})</translation>
        </message>
        <message>
            <source>Finished ({count})</source>
            <translation>Finished ({count})</translation>
        </message>
        <message>
            <source>Not started ({count})</source>
            <translation>Not started ({count})</translation>
        </message>
        <message>
            <source>Dropped ({count})</source>
            <translation>Dropped ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{articles} in {shows}; {watched} of %Ln episode(s) watched.</source>
            <translation>
                <numerusform>{articles} in {shows}; {watched} of %Ln episode watched.</numerusform>
                <numerusform>{articles} in {shows}; {watched} of %Ln episodes watched.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln show(s)</source>
            <translation>
                <numerusform>%Ln show</numerusform>
                <numerusform>%Ln shows</numerusform>
            </translation>
        </message>
        <message>
            <source>Your library is empty.</source>
            <translation>Your library is empty.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln show(s) in progress.</source>
            <translation>
                <numerusform>%Ln show in progress.</numerusform>
                <numerusform>%Ln shows in progress.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing in progress: choose an episode in the navigator and mark it watched.</source>
            <translation>Nothing in progress: choose an episode in the navigator and mark it watched.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message numerus="yes">
            <source>{date} (in %n day(s))</source>
            <translation>
                <numerusform>{date} (in %n day)</numerusform>
                <numerusform>{date} (in %n days)</numerusform>
            </translation>
        </message>
        <message>
            <source>Upcoming episodes</source>
            <translation>Upcoming episodes</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>Nothing ahead: no episode in your library airs after today. Airdates come from each article's Airdate field.</source>
            <translation>Nothing ahead: no episode in your library airs after today. Airdates come from each article's Airdate field.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Your notes on this article (saved as you type)</source>
            <translation>Your notes on this article (saved as you type)</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Resolve…</translation>
        </message>
        <message>
            <source>This note was changed on two computers: choose its text</source>
            <translation>This note was changed on two computers: choose its text</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <translation>Hi&amp;story…</translation>
        </message>
        <message>
            <source>Every earlier text of this note</source>
            <translation>Every earlier text of this note</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Changed on two computers</source>
            <translation>Changed on two computers</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Editing…</translation>
        </message>
        <message>
            <source>Not saved — will retry</source>
            <translation>Not saved — will retry</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) not saved — will retry</source>
            <translation>
                <numerusform>%n note not saved — will retry</numerusform>
                <numerusform>%n notes not saved — will retry</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Not watched yet</source>
            <translation>Not watched yet</translation>
        </message>
        <message numerus="yes">
            <source>Watched %n time(s), last on {date}</source>
            <translation>
                <numerusform>Watched once, last on {date}</numerusform>
                <numerusform>Watched %n times, last on {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Your rating</source>
            <translation>Your rating</translation>
        </message>
        <message>
            <source>Your rating of this, from 1 to 10 (Ctrl+Shift+R)</source>
            <translation>Your rating of this, from 1 to 10 (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>&amp;Show Anyway</source>
            <translation>&amp;Show Anyway</translation>
        </message>
        <message>
            <source>Show the prose of this unwatched episode</source>
            <translation>Show the prose of this unwatched episode</translation>
        </message>
        <message>
            <source>&amp;Watched ✓</source>
            <translation>&amp;Watched ✓</translation>
        </message>
        <message>
            <source>Infobox</source>
            <translation>Infobox</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>The prose of this episode is folded away until you have watched it.</source>
            <translation>The prose of this episode is folded away until you have watched it.</translation>
        </message>
        <message>
            <source>Episode {number}</source>
            <translation>Episode {number}</translation>
        </message>
        <message>
            <source>Show overview</source>
            <translation>Show overview</translation>
        </message>
        <message>
            <source>{code} (title hidden)</source>
            <translation>{code} (title hidden)</translation>
        </message>
        <message>
            <source>Show more of this article</source>
            <translation>Show more of this article</translation>
        </message>
        <message numerus="yes">
            <source>(%Ln character(s) not shown yet)</source>
            <translation>
                <numerusform>(%Ln character not shown yet)</numerusform>
                <numerusform>(%Ln characters not shown yet)</numerusform>
            </translation>
        </message>
        <message>
            <source>From {source}, {license}</source>
            <translation>From {source}, {license}</translation>
        </message>
        <message>
            <source>From {source}</source>
            <translation>From {source}</translation>
        </message>
        <message>
            <source>Original title</source>
            <translation>Original title</translation>
        </message>
        <message numerus="yes">
            <source>Show %Ln more field(s)</source>
            <translation>
                <numerusform>Show %Ln more field</numerusform>
                <numerusform>Show %Ln more fields</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln not shown yet)</source>
            <translation>
                <numerusform>(%Ln not shown yet)</numerusform>
                <numerusform>(%Ln not shown yet)</numerusform>
            </translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>Article text</translation>
        </message>
        <message>
            <source>Find in article</source>
            <translation>Find in article</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <source>Close (Escape)</source>
            <translation>Close (Escape)</translation>
        </message>
        <message>
            <source>Previous Match</source>
            <translation>Previous Match</translation>
        </message>
        <message>
            <source>Next Match</source>
            <translation>Next Match</translation>
        </message>
        <message>
            <source>Close Find</source>
            <translation>Close Find</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>F&amp;ind:</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} of {total}</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>No matches</translation>
        </message>
        <message>
            <source>Follow &amp;System</source>
            <translation>Follow &amp;System</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Light</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dark</translation>
        </message>
        <message>
            <source>The language changes the next time Episode Guide starts.</source>
            <translation>The language changes the next time Episode Guide starts.</translation>
        </message>
        <message>
            <source>Checking the library for damage…</source>
            <translation>Checking the library for damage…</translation>
        </message>
        <message>
            <source>Read only: {reason}; changes cannot be saved</source>
            <translation>Read only: {reason}; changes cannot be saved</translation>
        </message>
        <message>
            <source>The library could not be checked for damage now: {why}</source>
            <translation>The library could not be checked for damage now: {why}</translation>
        </message>
        <message>
            <source>The library is damaged</source>
            <translation>The library is damaged</translation>
        </message>
        <message>
            <source>Changes to {path} cannot be saved: {reason} (File → Restore From Backup…).</source>
            <translation>Changes to {path} cannot be saved: {reason} (File → Restore From Backup…).</translation>
        </message>
        <message>
            <source>Rate '{name}' {value}/10</source>
            <translation>Rate '{name}' {value}/10</translation>
        </message>
        <message>
            <source>Remove the rating of '{name}'</source>
            <translation>Remove the rating of '{name}'</translation>
        </message>
        <message>
            <source>the episodes without a season</source>
            <translation>the episodes without a season</translation>
        </message>
        <message numerus="yes">
            <source>%n episode(s) not yet aired were left unwatched.</source>
            <translation>
                <numerusform>%n episode not yet aired were left unwatched.</numerusform>
                <numerusform>%n episodes not yet aired were left unwatched.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not aired yet</source>
            <translation>Not aired yet</translation>
        </message>
        <message>
            <source>'{title}' airs on {date}: it has not aired yet. Mark it watched all the same?</source>
            <translation>'{title}' airs on {date}: it has not aired yet. Mark it watched all the same?</translation>
        </message>
        <message>
            <source>Set {show} to {status}</source>
            <translation>Set {show} to {status}</translation>
        </message>
        <message>
            <source>Clear the status of {show}</source>
            <translation>Clear the status of {show}</translation>
        </message>
        <message>
            <source>Start a rewatch of {show}</source>
            <translation>Start a rewatch of {show}</translation>
        </message>
        <message>
            <source>Mark '{title}' unwatched?</source>
            <translation>Mark '{title}' unwatched?</translation>
        </message>
        <message numerus="yes">
            <source>'{title}' was watched %n time(s). Remove only the latest play, or all of them?</source>
            <translation>
                <numerusform>'{title}' was watched %n time. Remove only the latest play, or all of them?</numerusform>
                <numerusform>'{title}' was watched %n times. Remove only the latest play, or all of them?</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the &amp;Latest Play</source>
            <translation>Remove the &amp;Latest Play</translation>
        </message>
        <message numerus="yes">
            <source>Remove &amp;All %n Play(s)</source>
            <translation>
                <numerusform>Remove &amp;All %n Play</numerusform>
                <numerusform>Remove &amp;All %n Plays</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the latest play of '{title}'</source>
            <translation>Remove the latest play of '{title}'</translation>
        </message>
        <message>
            <source>When did you watch '{title}'?</source>
            <translation>When did you watch '{title}'?</translation>
        </message>
        <message>
            <source>Mark '{title}' watched on {date}</source>
            <translation>Mark '{title}' watched on {date}</translation>
        </message>
        <message>
            <source>Mark watched up to '{title}'</source>
            <translation>Mark watched up to '{title}'</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” (%n article(s))</source>
            <translation>
                <numerusform>“{name}” (%n article)</numerusform>
                <numerusform>“{name}” (%n articles)</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>Remove from the library?</source>
            <translation>Remove from the library?</translation>
        </message>
        <message>
            <source>Remove {what} from the library?

What you watched, your notes and ratings are kept: import the files again and they are all there. Ctrl+Z undoes this.</source>
            <translation>Remove {what} from the library?

What you watched, your notes and ratings are kept: import the files again and they are all there. Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <source>Remove {what} from the library</source>
            <translation>Remove {what} from the library</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Samples</translation>
        </message>
        <message>
            <source>&amp;Undo Typing</source>
            <translation>&amp;Undo Typing</translation>
        </message>
        <message>
            <source>&amp;Redo Typing</source>
            <translation>&amp;Redo Typing</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Undo {what}</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>&amp;Redo {what}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>Undone: {what}</translation>
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation>Redone: {what}</translation>
        </message>
        <message>
            <source>Filter navigator</source>
            <translation>Filter navigator</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Narrow the navigator by title or show (Ctrl+L)</source>
            <translation>Narrow the navigator by title or show (Ctrl+L)</translation>
        </message>
        <message>
            <source>Search library</source>
            <translation>Search library</translation>
        </message>
        <message>
            <source>Search (Ctrl+K)</source>
            <translation>Search (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search every article and note (Ctrl+K)</source>
            <translation>Search every article and note (Ctrl+K)</translation>
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation>A&amp;ppearance</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Your note is not saved</source>
            <translation>Your note is not saved</translation>
        </message>
        <message>
            <source>A note you wrote could not be saved: the library is busy or cannot be written. If you close now, that text is lost.

Keep the window open and try again in a moment, or close without saving?</source>
            <translation>A note you wrote could not be saved: the library is busy or cannot be written. If you close now, that text is lost.

Keep the window open and try again in a moment, or close without saving?</translation>
        </message>
        <message>
            <source>Resolve the note</source>
            <translation>Resolve the note</translation>
        </message>
        <message>
            <source>Restore an earlier note</source>
            <translation>Restore an earlier note</translation>
        </message>
        <message>
            <source>Type a search first, then save it.</source>
            <translation>Type a search first, then save it.</translation>
        </message>
        <message>
            <source>Save Search</source>
            <translation>Save Search</translation>
        </message>
        <message>
            <source>Name of this search:</source>
            <translation>Name of this search:</translation>
        </message>
        <message>
            <source>Cannot save this search</source>
            <translation>Cannot save this search</translation>
        </message>
        <message>
            <source>Save the search '{name}'</source>
            <translation>Save the search '{name}'</translation>
        </message>
        <message>
            <source>Delete the saved search '{name}'</source>
            <translation>Delete the saved search '{name}'</translation>
        </message>
        <message>
            <source>Reading your shows…</source>
            <translation>Reading your shows…</translation>
        </message>
        <message numerus="yes">
            <source>{watched} of %Ln episode(s) watched</source>
            <translation>
                <numerusform>{watched} of %Ln episode watched</numerusform>
                <numerusform>{watched} of %Ln episodes watched</numerusform>
            </translation>
        </message>
        <message>
            <source>The next episode is the first unwatched episode after the last one you watched, in broadcast order (in the current rewatch, if one is under way).</source>
            <translation>The next episode is the first unwatched episode after the last one you watched, in broadcast order (in the current rewatch, if one is under way).</translation>
        </message>
        <message>
            <source>Words and "quoted phrases" search titles, infobox values, prose and notes; filters narrow the results, and every part must match:</source>
            <translation>Words and "quoted phrases" search titles, infobox values, prose and notes; filters narrow the results, and every part must match:</translation>
        </message>
        <message>
            <source>articles of that show</source>
            <translation>articles of that show</translation>
        </message>
        <message>
            <source>episodes of season 3</source>
            <translation>episodes of season 3</translation>
        </message>
        <message>
            <source>articles whose field holds the value (any case)</source>
            <translation>articles whose field holds the value (any case)</translation>
        </message>
        <message>
            <source>episodes and films watched (or not) in the current pass</source>
            <translation>episodes and films watched (or not) in the current pass</translation>
        </message>
        <message>
            <source>articles whose note holds the word</source>
            <translation>articles whose note holds the word</translation>
        </message>
        <message>
            <source>articles with a note; articles you rated</source>
            <translation>articles with a note; articles you rated</translation>
        </message>
        <message>
            <source>articles with no note; articles not rated</source>
            <translation>articles with no note; articles not rated</translation>
        </message>
        <message>
            <source>articles whose airdate holds the text, or airdates compared (a year, a month or a day; &gt;, &gt;=, &lt;, &lt;=)</source>
            <translation>articles whose airdate holds the text, or airdates compared (a year, a month or a day; &gt;, &gt;=, &lt;, &lt;=)</translation>
        </message>
        <message>
            <source>articles you rated so (an overview or list article: its show's rating)</source>
            <translation>articles you rated so (an overview or list article: its show's rating)</translation>
        </message>
        <message>
            <source>articles with a play in that period</source>
            <translation>articles with a play in that period</translation>
        </message>
        <message>
            <source>Mark '{title}' watched</source>
            <translation>Mark '{title}' watched</translation>
        </message>
        <message>
            <source>Mark '{title}' unwatched</source>
            <translation>Mark '{title}' unwatched</translation>
        </message>
        <message>
            <source>Mark all of {name} watched</source>
            <translation>Mark all of {name} watched</translation>
        </message>
        <message>
            <source>Mark all of {name} unwatched</source>
            <translation>Mark all of {name} unwatched</translation>
        </message>
    </context>
</TS>
