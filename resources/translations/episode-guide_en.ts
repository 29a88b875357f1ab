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
            <source>Go back to the previous article</source>
            <translation>Go back to the previous article</translation>
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
            <source>Nothing watched yet.</source>
            <translation>Nothing watched yet.</translation>
        </message>
        <message>
            <source>Bar</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>date unknown</translation>
        </message>
        <message>
            <source>Filter navigator</source>
            <translation>Filter navigator</translation>
        </message>
        <message>
            <source>Filter by title or show</source>
            <translation>Filter by title or show</translation>
        </message>
        <message>
            <source>Search library</source>
            <translation>Search library</translation>
        </message>
        <message>
            <source>Search the library (Ctrl+K)</source>
            <translation>Search the library (Ctrl+K)</translation>
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
            <source>&amp;Undo {what}</source>
            <translation>&amp;Undo {what}</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>&amp;Redo {what}</translation>
        </message>
        <message>
            <source>Reading your shows…</source>
            <translation>Reading your shows…</translation>
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
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>All Notes</source>
            <translation>All Notes</translation>
        </message>
        <message>
            <source>{what} (Ctrl+Z to undo)</source>
            <translation>{what} (Ctrl+Z to undo)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
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
            <source>Mark '{title}' watched</source>
            <translation>Mark '{title}' watched</translation>
        </message>
        <message>
            <source>Start a rewatch of {show}</source>
            <translation>Start a rewatch of {show}</translation>
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
            <source>Mark '{title}' unwatched</source>
            <translation>Mark '{title}' unwatched</translation>
        </message>
        <message>
            <source>Mark watched up to '{title}'</source>
            <translation>Mark watched up to '{title}'</translation>
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
            <source>Mark all of {name} watched</source>
            <translation>Mark all of {name} watched</translation>
        </message>
        <message>
            <source>Mark All &amp;Unwatched</source>
            <translation>Mark All &amp;Unwatched</translation>
        </message>
        <message>
            <source>Mark all of {name} unwatched</source>
            <translation>Mark all of {name} unwatched</translation>
        </message>
        <message>
            <source>Re&amp;move Show From Library…</source>
            <translation>Re&amp;move Show From Library…</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Show in &amp;Folder</translation>
        </message>
        <message>
            <source>Re&amp;move From Library…</source>
            <translation>Re&amp;move From Library…</translation>
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
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln show(s)</source>
            <translation>
                <numerusform>%Ln show</numerusform>
                <numerusform>%Ln shows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{watched} of %Ln episode(s) watched</source>
            <translation>
                <numerusform>{watched} of %Ln episode watched</numerusform>
                <numerusform>{watched} of %Ln episodes watched</numerusform>
            </translation>
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
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Watched</source>
            <translation>Watched</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
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
            <source>Season {number}</source>
            <translation>Season {number}</translation>
        </message>
        <message>
            <source>Special: {title}</source>
            <translation>Special: {title}</translation>
        </message>
        <message>
            <source>Rewatch {number}: {watched}/{total}</source>
            <translation>Rewatch {number}: {watched}/{total}</translation>
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
            <source>Navigator</source>
            <translation>Navigator</translation>
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
            <source>Ra&amp;ting:</source>
            <translation>Ra&amp;ting:</translation>
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
            <source>(the text is folded away by the Spoiler Shield until you have watched it)</source>
            <translation>(the text is folded away by the Spoiler Shield until you have watched it)</translation>
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
            <source>This search cannot be read: {problem}.</source>
            <translation>This search cannot be read: {problem}.</translation>
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
    </context>
</TS>
