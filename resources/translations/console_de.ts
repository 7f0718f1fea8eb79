<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open its record</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um den Datensatz zu öffnen</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Number, id, error…</source>
        <translation>Nummer, ID, Fehler…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Entries older than this are deleted from this computer</source>
        <translation>Ältere Einträge werden von diesem Computer gelöscht</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>Aktivität als CSV exportieren</translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written to Telnyx from this computer in the last %Ln day(s).</source>
        <translation>
            <numerusform>Innerhalb von %Ln Tag wurde von diesem Computer aus nichts an Telnyx übermittelt.</numerusform>
            <numerusform>In den letzten %Ln Tagen wurde von diesem Computer aus nichts an Telnyx übermittelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln write(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Schreibvorgang angezeigt</numerusform>
            <numerusform>%1 von %Ln Schreibvorgängen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln write(s)</source>
        <translation>
            <numerusform>%Ln Schreibvorgang</numerusform>
            <numerusform>%Ln Schreibvorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Keep for</source>
        <translation>&amp;Aufbewahren für</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether it was carried out. Check before sending it again.</source>
        <translation>Die Verbindung wurde nach dem Senden der Anfrage unterbrochen; daher ist nicht bekannt, ob sie ausgeführt wurde. Prüfen Sie dies, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Could not reach the Telnyx API. Check the network connection and try again.</source>
        <translation>Die Telnyx-API ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Telnyx API did not answer in time after the request was sent, so it is not known whether it was carried out. Check before sending it again.</source>
        <translation>Die Telnyx-API hat nach dem Senden der Anfrage nicht rechtzeitig geantwortet; daher ist nicht bekannt, ob sie ausgeführt wurde. Prüfen Sie dies, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The Telnyx API did not answer in time. Try again in a moment.</source>
        <translation>Die Telnyx-API hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified (%1). The request was not sent.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht überprüft werden (%1). Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain HTTP to a remote host. Use an https:// base URL.</source>
        <translation>Der API-Schlüssel wird nicht über unverschlüsseltes HTTP an einen entfernten Host gesendet. Verwenden Sie eine https://-Basis-URL.</translation>
    </message>
    <message>
        <source>The server sent an answer the console could not read (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die die Konsole nicht lesen konnte (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether it was carried out. Check before sending it again.</source>
        <translation>Die Anfrage wurde nach dem Senden abgebrochen; daher ist nicht bekannt, ob sie ausgeführt wurde. Prüfen Sie dies, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Telnyx accepted the request, but the console could not read the answer (%1). It was done: do not send it again; reload the list to see the result.</source>
        <translation>Telnyx hat die Anfrage angenommen, aber die Konsole konnte die Antwort nicht lesen (%1). Die Anfrage wurde ausgeführt: Senden Sie sie nicht erneut; laden Sie die Liste neu, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere (HTTP %1 to %2). The console does not follow redirects, so nothing was sent there; check the profile&apos;s base URL.</source>
        <translation>Der Server hat die Anfrage umgeleitet (HTTP %1 an %2). Die Konsole folgt keinen Weiterleitungen, daher wurde dorthin nichts gesendet; prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>eine nicht angegebene Adresse</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Die Anfrage wurde nicht angenommen</translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that it is correct and has not been revoked.</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert. Prüfen Sie, ob er korrekt ist und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Ask an account administrator for access.</source>
        <translation>Dieser API-Schlüssel ist dazu nicht berechtigt. Bitten Sie einen Kontoadministrator um Zugriff.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted, or the ID is wrong.</source>
        <translation>Nicht gefunden: Das Objekt wurde möglicherweise gelöscht, oder die ID ist falsch.</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request. Try again.</source>
        <translation>Beim Server ist beim Warten auf die Anfrage eine Zeitüberschreitung aufgetreten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The upload is too large for the server.</source>
        <translation>Der Upload ist für den Server zu groß.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the form and try again.</source>
        <translation>Einige Felder sind ungültig. Prüfen Sie das Formular und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Some fields need fixing: %1.</source>
        <translation>Einige Felder müssen korrigiert werden: %1.</translation>
    </message>
    <message>
        <source>Too many requests: the API is rate limiting this key. The console waits and tries again.</source>
        <translation>Zu viele Anfragen: Die API begrenzt die Anfragerate für diesen Schlüssel. Die Konsole wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>The Telnyx API had a problem (HTTP %1) after it received the request</source>
        <translation>Bei der Telnyx-API ist nach Erhalt der Anfrage ein Problem aufgetreten (HTTP %1)</translation>
    </message>
    <message>
        <source>The Telnyx API had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Bei der Telnyx-API ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request failed with HTTP %1</source>
        <translation>Die Anfrage ist mit HTTP %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>There is no profile with that name any more.</source>
        <translation>Es gibt kein Profil mit diesem Namen mehr.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die integrierte Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>this program was built without it.</source>
        <translation>Dieses Programm wurde ohne sie erstellt.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain (Secret Service) is available, so the key can be kept for this session only.</source>
        <translation>Es ist kein Systemschlüsselbund (Secret Service) verfügbar; der Schlüssel kann daher nur für diese Sitzung gespeichert werden.</translation>
    </message>
    <message>
        <source>No API key was found for this profile in this session (not found).</source>
        <translation>In dieser Sitzung wurde kein API-Schlüssel für dieses Profil gefunden (nicht gefunden).</translation>
    </message>
    <message>
        <source>No profile was given.</source>
        <translation>Es wurde kein Profil angegeben.</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no stored key.</source>
        <translation>Die integrierte Sandbox benötigt keinen gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The API key for this profile was not found in the system keychain.</source>
        <translation>Der API-Schlüssel für dieses Profil wurde im Systemschlüsselbund nicht gefunden.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the API key (it may be locked).</source>
        <translation>Der Systemschlüsselbund hat den Zugriff auf den API-Schlüssel verweigert (er ist möglicherweise gesperrt).</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The API key could not be deleted from the system keychain: it is locked. Unlock the keychain and try again.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Systemschlüsselbund gelöscht werden: Er ist gesperrt. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CsvExportJob</name>
    <message>
        <source>There is no list to export.</source>
        <translation>Es gibt keine Liste zum Exportieren.</translation>
    </message>
    <message>
        <source>The list changed while it was being exported (rows were loaded, removed, sorted or filtered). Nothing was written; export again.</source>
        <translation>Die Liste hat sich während des Exports geändert (Zeilen wurden geladen, entfernt, sortiert oder gefiltert). Es wurde nichts geschrieben; exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown: may have been done</source>
        <translation>Unbekannt: möglicherweise ausgeführt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>The order was created and waits for its documents or review.</source>
        <translation>Der Auftrag wurde erstellt und wartet auf seine Dokumente oder die Prüfung.</translation>
    </message>
    <message>
        <source>Upload the signed LOA and the latest bill if you have not done so yet.</source>
        <translation>Laden Sie die unterschriebene LOA und die letzte Rechnung hoch, falls noch nicht geschehen.</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Dokumente fehlen</translation>
    </message>
    <message>
        <source>The order lacks the signed LOA or the latest bill.</source>
        <translation>Dem Auftrag fehlt die unterschriebene LOA oder die letzte Rechnung.</translation>
    </message>
    <message>
        <source>Upload the signed LOA and the latest bill as PDF files.</source>
        <translation>Laden Sie die unterschriebene LOA und die letzte Rechnung als PDF-Dateien hoch.</translation>
    </message>
    <message>
        <source>LOA not accepted</source>
        <translation>LOA nicht akzeptiert</translation>
    </message>
    <message>
        <source>The signed LOA was not accepted.</source>
        <translation>Die unterschriebene LOA wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Upload a new signed LOA.</source>
        <translation>Laden Sie eine neue unterschriebene LOA hoch.</translation>
    </message>
    <message>
        <source>LOA accepted</source>
        <translation>LOA akzeptiert</translation>
    </message>
    <message>
        <source>The signed LOA was accepted.</source>
        <translation>Die unterschriebene LOA wurde akzeptiert.</translation>
    </message>
    <message>
        <source>Prove ownership: send verification codes to the numbers and enter the codes you receive.</source>
        <translation>Weisen Sie den Besitz nach: Senden Sie Bestätigungscodes an die Nummern und geben Sie die erhaltenen Codes ein.</translation>
    </message>
    <message>
        <source>Billing information incorrect</source>
        <translation>Rechnungsangaben fehlerhaft</translation>
    </message>
    <message>
        <source>The bill does not prove ownership of the numbers in the order.</source>
        <translation>Die Rechnung belegt nicht den Besitz der Nummern im Auftrag.</translation>
    </message>
    <message>
        <source>Upload last month&apos;s bill showing every number in the order.</source>
        <translation>Laden Sie die Rechnung des letzten Monats hoch, auf der jede Nummer des Auftrags aufgeführt ist.</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Telnyx is enabling messaging on the numbers.</source>
        <translation>Telnyx aktiviert Messaging für die Nummern.</translation>
    </message>
    <message>
        <source>Nothing to do: wait until provisioning finishes.</source>
        <translation>Nichts zu tun: Warten Sie, bis die Bereitstellung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Messaging is enabled on the numbers.</source>
        <translation>Messaging ist für die Nummern aktiviert.</translation>
    </message>
    <message>
        <source>Nothing to do: the numbers can send and receive messages.</source>
        <translation>Nichts zu tun: Die Nummern können Nachrichten senden und empfangen.</translation>
    </message>
    <message>
        <source>Rejected by carrier</source>
        <translation>Vom Netzbetreiber abgelehnt</translation>
    </message>
    <message>
        <source>The carrier that holds the numbers rejected the request.</source>
        <translation>Der Netzbetreiber der Nummern hat den Antrag abgelehnt.</translation>
    </message>
    <message>
        <source>Ask that carrier why, then create a new order.</source>
        <translation>Fragen Sie diesen Netzbetreiber nach dem Grund und erstellen Sie dann einen neuen Auftrag.</translation>
    </message>
    <message>
        <source>Compliance review failed</source>
        <translation>Compliance-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The order did not pass the compliance review.</source>
        <translation>Der Auftrag hat die Compliance-Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Contact Telnyx support to learn what must change, then create a new order.</source>
        <translation>Wenden Sie sich an den Telnyx-Support, um zu erfahren, was geändert werden muss, und erstellen Sie dann einen neuen Auftrag.</translation>
    </message>
    <message>
        <source>Carrier not eligible</source>
        <translation>Netzbetreiber nicht geeignet</translation>
    </message>
    <message>
        <source>The numbers&apos; carrier does not allow hosted messaging.</source>
        <translation>Der Netzbetreiber der Nummern erlaubt kein gehostetes Messaging.</translation>
    </message>
    <message>
        <source>These numbers cannot be hosted; contact Telnyx support if you believe this is wrong.</source>
        <translation>Diese Nummern können nicht gehostet werden; wenden Sie sich an den Telnyx-Support, wenn Sie dies für einen Fehler halten.</translation>
    </message>
    <message>
        <source>The order failed.</source>
        <translation>Der Auftrag ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the status of each number; contact Telnyx support if the cause is unclear.</source>
        <translation>Prüfen Sie den Status jeder Nummer; wenden Sie sich an den Telnyx-Support, wenn die Ursache unklar ist.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>The order was deleted.</source>
        <translation>Der Auftrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>Nothing to do: create a new order to host these numbers.</source>
        <translation>Nichts zu tun: Erstellen Sie einen neuen Auftrag, um diese Nummern zu hosten.</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>The number waits for the order to move on.</source>
        <translation>Die Nummer wartet auf den nächsten Schritt des Auftrags.</translation>
    </message>
    <message>
        <source>Telnyx is enabling messaging on the number.</source>
        <translation>Telnyx aktiviert Messaging für die Nummer.</translation>
    </message>
    <message>
        <source>Messaging is enabled on the number.</source>
        <translation>Messaging ist für die Nummer aktiviert.</translation>
    </message>
    <message>
        <source>Hosting the number failed.</source>
        <translation>Das Hosting der Nummer ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Activation failed</source>
        <translation>Aktivierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Messaging could not be activated on the number.</source>
        <translation>Messaging konnte für die Nummer nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>The number&apos;s carrier rejected the request.</source>
        <translation>Der Netzbetreiber der Nummer hat den Antrag abgelehnt.</translation>
    </message>
    <message>
        <source>The number&apos;s carrier does not allow hosted messaging.</source>
        <translation>Der Netzbetreiber der Nummer erlaubt kein gehostetes Messaging.</translation>
    </message>
    <message>
        <source>Already hosted</source>
        <translation>Bereits gehostet</translation>
    </message>
    <message>
        <source>The number is already hosted for messaging elsewhere.</source>
        <translation>Die Nummer wird bereits anderswo für Messaging gehostet.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Nummer nicht gefunden</translation>
    </message>
    <message>
        <source>The number could not be found.</source>
        <translation>Die Nummer wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Ownership not verified</source>
        <translation>Besitz nicht verifiziert</translation>
    </message>
    <message>
        <source>Ownership of the number could not be verified.</source>
        <translation>Der Besitz der Nummer konnte nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>The number was not enabled in time.</source>
        <translation>Die Nummer wurde nicht rechtzeitig aktiviert.</translation>
    </message>
    <message>
        <source>The number was removed from hosted messaging.</source>
        <translation>Die Nummer wurde aus dem gehosteten Messaging entfernt.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <source>The number appears more than once in the list.</source>
        <translation>Die Nummer kommt mehrmals in der Liste vor.</translation>
    </message>
    <message>
        <source>The number could not be validated.</source>
        <translation>Die Nummer konnte nicht validiert werden.</translation>
    </message>
    <message>
        <source>Wireless (mobile) numbers cannot be hosted.</source>
        <translation>Mobilfunknummern können nicht gehostet werden.</translation>
    </message>
    <message>
        <source>The number is already active in your Telnyx account.</source>
        <translation>Die Nummer ist in Ihrem Telnyx-Konto bereits aktiv.</translation>
    </message>
    <message>
        <source>The number is already hosted by another Telnyx customer.</source>
        <translation>Die Nummer wird bereits von einem anderen Telnyx-Kunden gehostet.</translation>
    </message>
    <message>
        <source>The number is already served by Telnyx.</source>
        <translation>Die Nummer wird bereits von Telnyx bedient.</translation>
    </message>
    <message>
        <source>Only US numbers can be hosted.</source>
        <translation>Nur US-Nummern können gehostet werden.</translation>
    </message>
    <message>
        <source>The number is not a valid routable number.</source>
        <translation>Die Nummer ist keine gültige routingfähige Nummer.</translation>
    </message>
    <message>
        <source>The number is not in E.164 format (+, country code, then the number).</source>
        <translation>Die Nummer ist nicht im E.164-Format (+, Ländervorwahl, dann die Nummer).</translation>
    </message>
    <message>
        <source>The billing account check failed.</source>
        <translation>Die Prüfung des Abrechnungskontos ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The billing account has been closed.</source>
        <translation>Das Abrechnungskonto wurde geschlossen.</translation>
    </message>
    <message>
        <source>Unknown eligibility result</source>
        <translation>Unbekanntes Eignungsergebnis</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Textnachricht (SMS)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation>Code abgelehnt</translation>
    </message>
    <message>
        <source>Already verified</source>
        <translation>Bereits verifiziert</translation>
    </message>
    <message>
        <source>The server reported a status this console does not know.</source>
        <translation>Der Server hat einen Status gemeldet, den diese Konsole nicht kennt.</translation>
    </message>
    <message>
        <source>Open the order details or contact Telnyx support.</source>
        <translation>Öffnen Sie die Auftragsdetails oder wenden Sie sich an den Telnyx-Support.</translation>
    </message>
    <message>
        <source>Unknown verification method</source>
        <translation>Unbekannte Verifizierungsmethode</translation>
    </message>
    <message>
        <source>Documents: done</source>
        <translation>Dokumente: erledigt</translation>
    </message>
    <message>
        <source>Documents: pending</source>
        <translation>Dokumente: ausstehend</translation>
    </message>
    <message>
        <source>Documents: not needed any more (the order is closed)</source>
        <translation>Dokumente: nicht mehr erforderlich (der Auftrag ist abgeschlossen)</translation>
    </message>
    <message>
        <source>%1 of %2 verified</source>
        <translation>%1 von %2 verifiziert</translation>
    </message>
    <message>
        <source>Verification codes: done (%1)</source>
        <translation>Bestätigungscodes: erledigt (%1)</translation>
    </message>
    <message>
        <source>Verification codes: pending (%1)</source>
        <translation>Bestätigungscodes: ausstehend (%1)</translation>
    </message>
    <message>
        <source>Verification codes: none needed (no number can be hosted)</source>
        <translation>Bestätigungscodes: nicht erforderlich (keine Nummer kann gehostet werden)</translation>
    </message>
    <message>
        <source>Verification codes: not needed any more (the order is closed)</source>
        <translation>Bestätigungscodes: nicht mehr erforderlich (der Auftrag ist abgeschlossen)</translation>
    </message>
    <message>
        <source>Rich card</source>
        <translation>Rich Card</translation>
    </message>
    <message>
        <source>Carousel of rich cards</source>
        <translation>Karussell aus Rich Cards</translation>
    </message>
    <message>
        <source>Open URL button</source>
        <translation>Schaltfläche „URL öffnen“</translation>
    </message>
    <message>
        <source>Open URL in web view</source>
        <translation>URL in Webansicht öffnen</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Nummer wählen</translation>
    </message>
    <message>
        <source>View a location</source>
        <translation>Standort anzeigen</translation>
    </message>
    <message>
        <source>Share location</source>
        <translation>Standort teilen</translation>
    </message>
    <message>
        <source>Create calendar event</source>
        <translation>Kalendertermin erstellen</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>Message revocation</source>
        <translation>Nachrichtenwiderruf</translation>
    </message>
    <message>
        <source>Basic RCS</source>
        <translation>Basis-RCS</translation>
    </message>
    <message>
        <source>Unspecified feature</source>
        <translation>Nicht angegebene Funktion</translation>
    </message>
    <message>
        <source>Every suggestion needs a text.</source>
        <translation>Jeder Vorschlag benötigt einen Text.</translation>
    </message>
    <message>
        <source>The suggestion &quot;%1&quot; is longer than 25 characters.</source>
        <translation>Der Vorschlag „%1“ ist länger als 25 Zeichen.</translation>
    </message>
    <message>
        <source>The postback data of &quot;%1&quot; is longer than 2048 characters.</source>
        <translation>Die Postback-Daten von „%1“ sind länger als 2048 Zeichen.</translation>
    </message>
    <message>
        <source>The number to dial from &quot;%1&quot; is not valid: %2</source>
        <translation>Die zu wählende Nummer von „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The link of &quot;%1&quot; is not valid: %2</source>
        <translation>Der Link von „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>At most 10 suggestions are allowed.</source>
        <translation>Es sind höchstens 10 Vorschläge zulässig.</translation>
    </message>
    <message>
        <source>A card title is longer than 200 characters.</source>
        <translation>Ein Kartentitel ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>A card description is longer than 2000 characters.</source>
        <translation>Eine Kartenbeschreibung ist länger als 2000 Zeichen.</translation>
    </message>
    <message>
        <source>Every card needs a title, a description or media.</source>
        <translation>Jede Karte benötigt einen Titel, eine Beschreibung oder Medien.</translation>
    </message>
    <message>
        <source>Choose the RCS agent that sends the message.</source>
        <translation>Wählen Sie den RCS-Agenten, der die Nachricht sendet.</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>Choose a messaging profile.</source>
        <translation>Wählen Sie ein Messaging-Profil.</translation>
    </message>
    <message>
        <source>The message type must be RCS.</source>
        <translation>Der Nachrichtentyp muss RCS sein.</translation>
    </message>
    <message>
        <source>Webhook URL: %1</source>
        <translation>Webhook-URL: %1</translation>
    </message>
    <message>
        <source>The message is empty: add a text, a rich card or a file.</source>
        <translation>Die Nachricht ist leer: Fügen Sie einen Text, eine Rich Card oder eine Datei hinzu.</translation>
    </message>
    <message>
        <source>The text is longer than 3072 characters.</source>
        <translation>Der Text ist länger als 3072 Zeichen.</translation>
    </message>
    <message>
        <source>A carousel needs between 2 and 10 cards.</source>
        <translation>Ein Karussell benötigt 2 bis 10 Karten.</translation>
    </message>
    <message>
        <source>SMS fallback sender: %1</source>
        <translation>SMS-Fallback-Absender: %1</translation>
    </message>
    <message>
        <source>The SMS fallback text is longer than 3072 characters.</source>
        <translation>Der SMS-Fallback-Text ist länger als 3072 Zeichen.</translation>
    </message>
    <message>
        <source>MMS fallback sender: %1</source>
        <translation>MMS-Fallback-Absender: %1</translation>
    </message>
    <message>
        <source>MMS fallback media URL: %1</source>
        <translation>MMS-Fallback-Medien-URL: %1</translation>
    </message>
    <message>
        <source>Telnyx has received the request and the review is under way.</source>
        <translation>Telnyx hat den Antrag erhalten, die Prüfung läuft.</translation>
    </message>
    <message>
        <source>Waiting for Telnyx</source>
        <translation>Wartet auf Telnyx</translation>
    </message>
    <message>
        <source>Telnyx is checking the request before it goes further.</source>
        <translation>Telnyx prüft den Antrag, bevor er weitergeleitet wird.</translation>
    </message>
    <message>
        <source>Waiting for vendor</source>
        <translation>Wartet auf Anbieter</translation>
    </message>
    <message>
        <source>The toll-free messaging vendor is reviewing the request.</source>
        <translation>Der Anbieter für gebührenfreies Messaging prüft den Antrag.</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>The reviewers need changes from you: read the reason, then edit and resubmit the request.</source>
        <translation>Die Prüfer benötigen Änderungen von Ihnen: Lesen Sie die Begründung, bearbeiten Sie dann den Antrag und reichen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The numbers are verified for toll-free messaging.</source>
        <translation>Die Nummern sind für gebührenfreies Messaging verifiziert.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>The request was rejected: read the reason, then edit and resubmit it, or delete it.</source>
        <translation>Der Antrag wurde abgelehnt: Lesen Sie die Begründung, bearbeiten Sie ihn dann und reichen Sie ihn erneut ein, oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation>Einzelunternehmen</translation>
    </message>
    <message>
        <source>Private for-profit company</source>
        <translation>Privates gewinnorientiertes Unternehmen</translation>
    </message>
    <message>
        <source>Public for-profit company</source>
        <translation>Börsennotiertes gewinnorientiertes Unternehmen</translation>
    </message>
    <message>
        <source>Non-profit organization</source>
        <translation>Gemeinnützige Organisation</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Unknown entity type</source>
        <translation>Unbekannter Organisationstyp</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>Der Entwurfsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>Der Entwurf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Der Entwurf ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be removed.</source>
        <translation>Die Entwurfsdatei %1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>No drafts. A request you start and close before submitting is kept here.</source>
        <translation>Keine Entwürfe. Ein Antrag, den Sie beginnen und vor dem Absenden schließen, wird hier aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Open the draft in the wizard where it was left.</source>
        <translation>Den Entwurf im Assistenten an der Stelle öffnen, an der er verlassen wurde.</translation>
    </message>
    <message>
        <source>Delete the draft for good.</source>
        <translation>Den Entwurf endgültig löschen.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Hosted-number order in progress</source>
        <translation>Hosting-Auftrag in Bearbeitung</translation>
    </message>
    <message>
        <source>New hosted-number order</source>
        <translation>Neuer Hosting-Auftrag</translation>
    </message>
    <message>
        <source>Edit of a sent toll-free request</source>
        <translation>Bearbeitung eines eingereichten Antrags für gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>New toll-free request</source>
        <translation>Neuer Antrag für gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Antrag %1</translation>
    </message>
    <message>
        <source>%1 (from an earlier version — profile unknown)</source>
        <translation>%1 (aus einer früheren Version — Profil unbekannt)</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>Den Entwurf „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>Enter API &amp;key…</source>
        <translation>API-&amp;Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Schlüssel nur für diese &amp;Sitzung speichern</translation>
    </message>
    <message>
        <source>Welcome to the Telnyx Hosted Messaging Console</source>
        <translation>Willkommen in der Telnyx Hosted Messaging Console</translation>
    </message>
    <message>
        <source>Connect to your Telnyx account, or look around in the built-in sandbox first: a local simulation of the API with sample data, where nothing you do reaches Telnyx.</source>
        <translation>Verbinden Sie sich mit Ihrem Telnyx-Konto, oder sehen Sie sich zuerst in der integrierten Sandbox um: einer lokalen Simulation der API mit Beispieldaten, in der nichts, was Sie tun, Telnyx erreicht.</translation>
    </message>
    <message>
        <source>Explore the sandbox</source>
        <translation>Sandbox erkunden</translation>
    </message>
    <message>
        <source>Toll-free requests, hosted orders and RCS agents made up for practice.</source>
        <translation>Erfundene Anträge für gebührenfreie Nummern, Hosting-Aufträge und RCS-Agenten zum Üben.</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
</context>
<context>
    <name>HostedArea</name>
    <message>
        <source>Hosted orders</source>
        <translation>Hosting-Aufträge</translation>
    </message>
    <message>
        <source>hosted-number orders</source>
        <translation>Hosting-Aufträge</translation>
    </message>
    <message>
        <source>Hosted numbers</source>
        <translation>Gehostete Nummern</translation>
    </message>
    <message>
        <source>hosted numbers</source>
        <translation>gehostete Nummern</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Delete order…</source>
        <translation>Auftrag löschen…</translation>
    </message>
    <message>
        <source>Delete hosted number…</source>
        <translation>Gehostete Nummer löschen…</translation>
    </message>
    <message>
        <source>No loaded order is “%1”.</source>
        <translation>Es ist kein Auftrag „%1“ geladen.</translation>
    </message>
    <message>
        <source>Looking for the order that holds %1…</source>
        <translation>Auftrag mit %1 wird gesucht…</translation>
    </message>
    <message>
        <source>No order in the list holds %1.</source>
        <translation>Kein Auftrag in der Liste enthält %1.</translation>
    </message>
    <message>
        <source>The order of this number is not among the loaded orders; use Load all in the Orders tab to find it.</source>
        <translation>Der Auftrag dieser Nummer ist nicht unter den geladenen Aufträgen; verwenden Sie „Alle laden“ in der Registerkarte „Aufträge“, um ihn zu finden.</translation>
    </message>
    <message>
        <source>The order %1 was not found in the list.</source>
        <translation>Der Auftrag %1 wurde in der Liste nicht gefunden.</translation>
    </message>
    <message>
        <source>Looking for the order %1…</source>
        <translation>Auftrag %1 wird gesucht…</translation>
    </message>
</context>
<context>
    <name>HostedCodesPage</name>
    <message>
        <source>By &amp;SMS</source>
        <translation>Per &amp;SMS</translation>
    </message>
    <message>
        <source>By c&amp;all</source>
        <translation>Per &amp;Anruf</translation>
    </message>
    <message>
        <source>Sen&amp;d codes</source>
        <translation>Codes sen&amp;den</translation>
    </message>
    <message>
        <source>Send new code to re&amp;jected</source>
        <translation>&amp;Neuen Code an abgelehnte senden</translation>
    </message>
    <message>
        <source>&amp;Validate codes</source>
        <translation>Codes &amp;validieren</translation>
    </message>
    <message>
        <source>Verification codes</source>
        <translation>Bestätigungscodes</translation>
    </message>
    <message>
        <source>Prove that the numbers are yours: Telnyx sends a code to each number. Type (or paste) the codes in the table and validate them.</source>
        <translation>Weisen Sie nach, dass die Nummern Ihnen gehören: Telnyx sendet an jede Nummer einen Code. Geben Sie die Codes in die Tabelle ein (oder fügen Sie sie ein) und validieren Sie sie.</translation>
    </message>
    <message>
        <source>A text message with the code (for numbers that receive SMS).</source>
        <translation>Eine Textnachricht mit dem Code (für Nummern, die SMS empfangen).</translation>
    </message>
    <message>
        <source>A phone call that reads the code (for landlines).</source>
        <translation>Ein Anruf, bei dem der Code vorgelesen wird (für Festnetznummern).</translation>
    </message>
    <message>
        <source>Send a code to every number not verified yet.</source>
        <translation>Einen Code an jede noch nicht verifizierte Nummer senden.</translation>
    </message>
    <message>
        <source>Send a new code to the numbers whose code was rejected.</source>
        <translation>Einen neuen Code an die Nummern senden, deren Code abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Check the codes typed with Telnyx.</source>
        <translation>Die eingegebenen Codes bei Telnyx prüfen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type each code in its row, or paste a column of codes (Ctrl+V) to fill down from the selected row.</source>
        <translation>Geben Sie jeden Code in seine Zeile ein, oder fügen Sie eine Spalte mit Codes ein (Strg+V), um ab der ausgewählten Zeile nach unten aufzufüllen.</translation>
    </message>
    <message>
        <source>Send the codes:</source>
        <translation>Codes senden:</translation>
    </message>
    <message>
        <source>No code sent yet</source>
        <translation>Noch kein Code gesendet</translation>
    </message>
    <message>
        <source>Code sent: type it here</source>
        <translation>Code gesendet: hier eingeben</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Verifiziert</translation>
    </message>
    <message>
        <source>✖ Rejected: the code is wrong or expired; send a new code</source>
        <translation>✖ Abgelehnt: Der Code ist falsch oder abgelaufen; senden Sie einen neuen Code</translation>
    </message>
    <message>
        <source>This order has no number that can be verified.</source>
        <translation>Dieser Auftrag enthält keine Nummer, die verifiziert werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) not verified yet: send the codes, type them in the table and press Validate codes. You can also close the wizard and finish later.</source>
        <translation>
            <numerusform>%Ln Nummer ist noch nicht verifiziert: Senden Sie den Code, geben Sie ihn in die Tabelle ein und klicken Sie auf „Codes validieren“. Sie können den Assistenten auch schließen und später fortfahren.</numerusform>
            <numerusform>%Ln Nummern sind noch nicht verifiziert: Senden Sie die Codes, geben Sie sie in die Tabelle ein und klicken Sie auf „Codes validieren“. Sie können den Assistenten auch schließen und später fortfahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s) sent at %1.</source>
        <translation>
            <numerusform>%Ln Code um %1 gesendet.</numerusform>
            <numerusform>%Ln Codes um %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 could not be sent (see the table).</source>
        <translation>%1 gesendet, %2 nicht gesendet (siehe Tabelle).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln Code</numerusform>
            <numerusform>%Ln Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln code(s)…</source>
        <translation>
            <numerusform>%Ln Code wird gesendet…</numerusform>
            <numerusform>%Ln Codes werden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) verified.</source>
        <translation>
            <numerusform>%Ln Nummer verifiziert.</numerusform>
            <numerusform>%Ln Nummern verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 verified, %2 rejected: press Send new code to rejected, then type the new codes.</source>
        <translation>%1 verifiziert, %2 abgelehnt: Klicken Sie auf „Neuen Code an abgelehnte senden“ und geben Sie dann die neuen Codes ein.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln Nummer</numerusform>
            <numerusform>%Ln Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>The codes are kept; you can validate again.</source>
        <translation>Die Codes bleiben erhalten; Sie können sie erneut validieren.</translation>
    </message>
    <message numerus="yes">
        <source>Validating %Ln code(s)…</source>
        <translation>
            <numerusform>%Ln Code wird validiert…</numerusform>
            <numerusform>%Ln Codes werden validiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedCreatePage</name>
    <message>
        <source>Create the order</source>
        <translation>Auftrag erstellen</translation>
    </message>
    <message>
        <source>Optionally assign the numbers to a messaging profile, then create the order. Documents and verification codes come next.</source>
        <translation>Weisen Sie die Nummern optional einem Messaging-Profil zu und erstellen Sie dann den Auftrag. Dokumente und Bestätigungscodes folgen danach.</translation>
    </message>
    <message>
        <source>Optional: a profile&apos;s name or id</source>
        <translation>Optional: Name oder ID eines Profils</translation>
    </message>
    <message>
        <source>The messaging profile the numbers should use; it can also be set later for each number. Type part of its name or id.</source>
        <translation>Das Messaging-Profil, das die Nummern verwenden sollen; es kann auch später für jede Nummer festgelegt werden. Geben Sie einen Teil des Namens oder der ID ein.</translation>
    </message>
    <message>
        <source>&amp;Messaging profile:</source>
        <translation>&amp;Messaging-Profil:</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the order is created&lt;/b&gt;&lt;ol style=&apos;margin-left: 12px&apos;&gt;&lt;li&gt;Upload the signed letter of authorization (LOA) and the latest bill, as PDF files.&lt;/li&gt;&lt;li&gt;Prove the numbers are yours: Telnyx sends a code to each number by SMS or call; type the codes here.&lt;/li&gt;&lt;/ol&gt;You can close the wizard at any step and continue the order later from the Orders list.</source>
        <translation>&lt;b&gt;Nach dem Erstellen des Auftrags&lt;/b&gt;&lt;ol style=&apos;margin-left: 12px&apos;&gt;&lt;li&gt;Laden Sie die unterschriebene Letter of Authorization (LOA) und die letzte Rechnung als PDF-Dateien hoch.&lt;/li&gt;&lt;li&gt;Weisen Sie nach, dass die Nummern Ihnen gehören: Telnyx sendet per SMS oder Anruf einen Code an jede Nummer; geben Sie die Codes hier ein.&lt;/li&gt;&lt;/ol&gt;Sie können den Assistenten bei jedem Schritt schließen und den Auftrag später über die Auftragsliste fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <source>The order will ask Telnyx to host &lt;b&gt;%Ln number(s)&lt;/b&gt;:</source>
        <translation>
            <numerusform>Mit dem Auftrag wird Telnyx gebeten, &lt;b&gt;%Ln Nummer&lt;/b&gt; zu hosten:</numerusform>
            <numerusform>Mit dem Auftrag wird Telnyx gebeten, &lt;b&gt;%Ln Nummern&lt;/b&gt; zu hosten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> und %Ln weitere</numerusform>
            <numerusform> und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ineligible number(s) are left out.</source>
        <translation>
            <numerusform>%Ln nicht geeignete Nummer wird ausgelassen.</numerusform>
            <numerusform>%Ln nicht geeignete Nummern werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything you entered is kept.</source>
        <translation>Alle Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>Create &amp;again</source>
        <translation>&amp;Erneut erstellen</translation>
    </message>
    <message>
        <source>Order %1 created.</source>
        <translation>Auftrag %1 erstellt.</translation>
    </message>
    <message>
        <source>Creating the order…</source>
        <translation>Auftrag wird erstellt…</translation>
    </message>
    <message>
        <source>Telnyx accepted the order, but its answer could not be read (%1), so this wizard cannot continue with it. Do not create it again: the Orders list is reloaded and shows it; continue from there.</source>
        <translation>Telnyx hat den Auftrag angenommen, aber die Antwort konnte nicht gelesen werden (%1), daher kann dieser Assistent nicht damit fortfahren. Erstellen Sie ihn nicht erneut: Die Auftragsliste wird neu geladen und zeigt ihn an; fahren Sie dort fort.</translation>
    </message>
    <message>
        <source>Telnyx did not accept: %1. Go Back to change the numbers.</source>
        <translation>Telnyx hat Folgendes nicht akzeptiert: %1. Klicken Sie auf „Zurück“, um die Nummern zu ändern.</translation>
    </message>
    <message>
        <source>Telnyx did not accept the messaging profile ID; fix it and create again.</source>
        <translation>Telnyx hat die Messaging-Profil-ID nicht akzeptiert; korrigieren Sie sie und erstellen Sie den Auftrag erneut.</translation>
    </message>
</context>
<context>
    <name>HostedDocumentsPage</name>
    <message>
        <source>Letter of authorization (LOA)</source>
        <translation>Letter of Authorization (LOA)</translation>
    </message>
    <message>
        <source>Signed by the owner of the numbers.</source>
        <translation>Vom Inhaber der Nummern unterschrieben.</translation>
    </message>
    <message>
        <source>Latest bill</source>
        <translation>Letzte Rechnung</translation>
    </message>
    <message>
        <source>From the current carrier, showing the numbers.</source>
        <translation>Vom aktuellen Netzbetreiber, mit den Nummern.</translation>
    </message>
    <message>
        <source>&amp;Upload documents</source>
        <translation>Dokumente &amp;hochladen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Upload abbrechen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Upload the signed LOA and the latest bill as PDF files (at most 5 MB each). Choose them or drop them onto their boxes.</source>
        <translation>Laden Sie die unterschriebene LOA und die letzte Rechnung als PDF-Dateien hoch (jeweils höchstens 5 MB). Wählen Sie sie aus oder ziehen Sie sie auf das jeweilige Feld.</translation>
    </message>
    <message>
        <source>The order&apos;s id; select it to copy it.</source>
        <translation>Die ID des Auftrags; markieren Sie sie, um sie zu kopieren.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the order id to the clipboard.</source>
        <translation>Die Auftrags-ID in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <source>Choose &amp;LOA…</source>
        <translation>&amp;LOA auswählen…</translation>
    </message>
    <message>
        <source>Choose b&amp;ill…</source>
        <translation>&amp;Rechnung auswählen…</translation>
    </message>
    <message>
        <source>Send both documents to Telnyx in one upload.</source>
        <translation>Beide Dokumente in einem Upload an Telnyx senden.</translation>
    </message>
    <message>
        <source>Stop the upload; both files stay chosen.</source>
        <translation>Upload stoppen; beide Dateien bleiben ausgewählt.</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>Auftrags-ID:</translation>
    </message>
    <message>
        <source>Uploading… Next is available once Telnyx has both documents.</source>
        <translation>Wird hochgeladen… „Weiter“ ist verfügbar, sobald Telnyx beide Dokumente hat.</translation>
    </message>
    <message>
        <source>choose the LOA</source>
        <translation>wählen Sie die LOA aus</translation>
    </message>
    <message>
        <source>wait until the LOA is checked</source>
        <translation>warten Sie, bis die LOA geprüft ist</translation>
    </message>
    <message>
        <source>choose another LOA (see the message under it)</source>
        <translation>wählen Sie eine andere LOA aus (siehe Meldung darunter)</translation>
    </message>
    <message>
        <source>choose the bill</source>
        <translation>wählen Sie die Rechnung aus</translation>
    </message>
    <message>
        <source>wait until the bill is checked</source>
        <translation>warten Sie, bis die Rechnung geprüft ist</translation>
    </message>
    <message>
        <source>choose another bill (see the message under it)</source>
        <translation>wählen Sie eine andere Rechnung aus (siehe Meldung darunter)</translation>
    </message>
    <message>
        <source>choose the bill: the same file is chosen for both</source>
        <translation>wählen Sie die Rechnung aus (für beide ist dieselbe Datei ausgewählt)</translation>
    </message>
    <message>
        <source>To go on, press Upload documents.</source>
        <translation>Klicken Sie zum Fortfahren auf „Dokumente hochladen“.</translation>
    </message>
    <message>
        <source>To go on, %1, then press Upload documents.</source>
        <translation>Um fortzufahren, %1 und klicken Sie dann auf „Dokumente hochladen“.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>You can also close the wizard and continue this order later.</source>
        <translation>Sie können den Assistenten auch schließen und diesen Auftrag später fortsetzen.</translation>
    </message>
    <message>
        <source>Nothing was uploaded: both documents must be PDF files that pass the checks.</source>
        <translation>Es wurde nichts hochgeladen: Beide Dokumente müssen PDF-Dateien sein, die die Prüfungen bestehen.</translation>
    </message>
    <message>
        <source>Checking %1 and %2 again…</source>
        <translation>%1 und %2 werden erneut geprüft…</translation>
    </message>
    <message>
        <source>Nothing was uploaded: the files or the order changed while the files were checked.</source>
        <translation>Es wurde nichts hochgeladen: Die Dateien oder der Auftrag haben sich während der Prüfung geändert.</translation>
    </message>
    <message>
        <source>Nothing was uploaded: the same file is chosen for both documents.</source>
        <translation>Es wurde nichts hochgeladen: Für beide Dokumente ist dieselbe Datei ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Upload again</source>
        <translation>Erneut &amp;hochladen</translation>
    </message>
    <message>
        <source>Both documents were uploaded. The order is now: %1.</source>
        <translation>Beide Dokumente wurden hochgeladen. Neuer Auftragsstatus: %1.</translation>
    </message>
    <message>
        <source>Uploading %1 and %2…</source>
        <translation>%1 und %2 werden hochgeladen…</translation>
    </message>
    <message>
        <source>The upload was cancelled before anything was sent. Both files are still chosen.</source>
        <translation>Der Upload wurde abgebrochen, bevor etwas gesendet wurde. Beide Dateien sind weiterhin ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Retry upload</source>
        <translation>Upload &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>The upload was cancelled. Both files are still chosen: press Retry upload to send them.</source>
        <translation>Der Upload wurde abgebrochen. Beide Dateien sind weiterhin ausgewählt: Klicken Sie auf „Upload erneut versuchen“, um sie zu senden.</translation>
    </message>
    <message>
        <source>Telnyx did not accept the documents; see the message under each.</source>
        <translation>Telnyx hat die Dokumente nicht akzeptiert; siehe die Meldung unter dem jeweiligen Dokument.</translation>
    </message>
    <message>
        <source>Both files are still chosen: press Retry upload to send them again.</source>
        <translation>Beide Dateien sind weiterhin ausgewählt: Klicken Sie auf „Upload erneut versuchen“, um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
</context>
<context>
    <name>HostedDonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Where the order stands and what happens next.</source>
        <translation>Stand des Auftrags und nächste Schritte.</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Auftrag:</translation>
    </message>
    <message>
        <source>Telnyx enables messaging on the numbers, usually within an hour; the Orders list shows when the order is successful.</source>
        <translation>Telnyx aktiviert Messaging für die Nummern, meist innerhalb einer Stunde; die Auftragsliste zeigt an, wann der Auftrag erfolgreich ist.</translation>
    </message>
    <message>
        <source>What happens next: %1</source>
        <translation>Nächste Schritte: %1</translation>
    </message>
    <message>
        <source>Numbers in the order — %1.</source>
        <translation>Nummern im Auftrag — %1.</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
</context>
<context>
    <name>HostedEligibilityPage</name>
    <message>
        <source>&amp;Remove ineligible</source>
        <translation>Ungeeignete entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Telnyx checks whether each number can be hosted: a US landline or VoIP number not already hosted elsewhere.</source>
        <translation>Telnyx prüft, ob jede Nummer gehostet werden kann: eine US-Festnetz- oder VoIP-Nummer, die nicht bereits anderswo gehostet wird.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Take every number that cannot be hosted off the list.</source>
        <translation>Alle Nummern, die nicht gehostet werden können, aus der Liste entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln number(s) with Telnyx…</source>
        <translation>
            <numerusform>%Ln Nummer wird bei Telnyx geprüft…</numerusform>
            <numerusform>%Ln Nummern werden bei Telnyx geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <source>Telnyx answered without a result for these numbers, so none is known to be eligible. Checking is safe to repeat.</source>
        <translation>Telnyx hat für diese Nummern ohne Ergebnis geantwortet, daher ist keine als geeignet bekannt. Die Prüfung kann gefahrlos wiederholt werden.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln number(s) can be hosted.</source>
        <translation>
            <numerusform>Die %Ln Nummer kann gehostet werden.</numerusform>
            <numerusform>Alle %Ln Nummern können gehostet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be hosted, %2 cannot.</source>
        <translation>Hosting möglich für %1, nicht möglich für %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln Nummer</numerusform>
            <numerusform>%Ln Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The numbers could not be checked.</source>
        <translation>Die Nummern konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Telnyx&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort von Telnyx konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Checking is safe to repeat: press Retry.</source>
        <translation>Die Prüfung kann gefahrlos wiederholt werden: Klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Next is available once Telnyx has answered.</source>
        <translation>„Weiter“ ist verfügbar, sobald Telnyx geantwortet hat.</translation>
    </message>
    <message>
        <source>To go on, the numbers have to be checked: press Retry, or go Back to change them.</source>
        <translation>Um fortzufahren, müssen die Nummern geprüft werden: Klicken Sie auf „Erneut versuchen“ oder auf „Zurück“, um sie zu ändern.</translation>
    </message>
    <message>
        <source>None of these numbers can be hosted. Go Back and enter other numbers.</source>
        <translation>Keine dieser Nummern kann gehostet werden. Klicken Sie auf „Zurück“ und geben Sie andere Nummern ein.</translation>
    </message>
    <message>
        <source>Only the eligible numbers go into the order; Remove ineligible tidies the list.</source>
        <translation>Nur die geeigneten Nummern kommen in den Auftrag; „Ungeeignete entfernen“ bereinigt die Liste.</translation>
    </message>
    <message>
        <source>Eligibility of each number</source>
        <translation>Eignung jeder Nummer</translation>
    </message>
</context>
<context>
    <name>HostedLoadingPage</name>
    <message>
        <source>Opening the order</source>
        <translation>Auftrag wird geöffnet</translation>
    </message>
    <message>
        <source>The order could not be opened.</source>
        <translation>Der Auftrag konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Fetching order %1 from Telnyx…</source>
        <translation>Auftrag %1 wird von Telnyx abgerufen…</translation>
    </message>
</context>
<context>
    <name>HostedNumberDetailPane</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>domestic two-way</source>
        <translation>Inland, bidirektional</translation>
    </message>
    <message>
        <source>international inbound</source>
        <translation>international eingehend</translation>
    </message>
    <message>
        <source>international outbound</source>
        <translation>international ausgehend</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete number…</source>
        <translation>Nummer &amp;löschen…</translation>
    </message>
    <message>
        <source>Copy the hosted number id to the clipboard</source>
        <translation>Die ID der gehosteten Nummer in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Hosted number</source>
        <translation>Gehostete Nummer</translation>
    </message>
    <message>
        <source>Number ID</source>
        <translation>Nummern-ID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation>Messaging-Profil</translation>
    </message>
    <message>
        <source>Messaging product</source>
        <translation>Messaging-Produkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>Traffic type</source>
        <translation>Verkehrstyp</translation>
    </message>
    <message>
        <source>Eligible products</source>
        <translation>Geeignete Produkte</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Spam ratio</source>
        <translation>Spam-Quote</translation>
    </message>
    <message>
        <source>Success ratio</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Inbound/outbound ratio</source>
        <translation>Verhältnis eingehend/ausgehend</translation>
    </message>
    <message>
        <source>Delete hosted number</source>
        <translation>Gehostete Nummer löschen</translation>
    </message>
    <message>
        <source>Select a hosted number to see its status and its order.</source>
        <translation>Wählen Sie eine gehostete Nummer aus, um ihren Status und ihren Auftrag zu sehen.</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>The hosting status is the number&apos;s status in the order that holds it; that order is not among the loaded orders yet.</source>
        <translation>Der Hosting-Status ist der Status der Nummer in dem Auftrag, der sie enthält; dieser Auftrag ist noch nicht unter den geladenen Aufträgen.</translation>
    </message>
    <message>
        <source>not among the loaded orders (load all orders to find it)</source>
        <translation>nicht unter den geladenen Aufträgen (laden Sie alle Aufträge, um ihn zu finden)</translation>
    </message>
    <message>
        <source>Find the order of this number in the Orders tab</source>
        <translation>Den Auftrag dieser Nummer in der Registerkarte „Aufträge“ suchen</translation>
    </message>
    <message>
        <source>Switch to the Orders tab and select this number&apos;s order</source>
        <translation>Zur Registerkarte „Aufträge“ wechseln und den Auftrag dieser Nummer auswählen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Stop hosting messaging on this number</source>
        <translation>Hosting von Messaging für diese Nummer beenden</translation>
    </message>
    <message>
        <source>Copied the hosted number id %1</source>
        <translation>ID der gehosteten Nummer %1 kopiert</translation>
    </message>
    <message>
        <source>Stop hosting messaging on &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Hosting von Messaging für &lt;b&gt;%1&lt;/b&gt; beenden?</translation>
    </message>
    <message>
        <source>The number is removed from its order%1 and can no longer send or receive messages through Telnyx. If it is the last number of the order, the order is deleted too. To host it again, create a new order.</source>
        <translation>Die Nummer wird aus ihrem Auftrag%1 entfernt und kann keine Nachrichten mehr über Telnyx senden oder empfangen. Ist sie die letzte Nummer des Auftrags, wird auch der Auftrag gelöscht. Um sie erneut zu hosten, erstellen Sie einen neuen Auftrag.</translation>
    </message>
    <message>
        <source>Deleting the hosted number %1…</source>
        <translation>Gehostete Nummer %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted the hosted number %1; its order %2 had no other number and was deleted too.</source>
        <translation>Gehostete Nummer %1 gelöscht; ihr Auftrag %2 enthielt keine weitere Nummer und wurde ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the hosted number %1.</source>
        <translation>Gehostete Nummer %1 gelöscht.</translation>
    </message>
    <message>
        <source>The hosted number %1 was already deleted.</source>
        <translation>Die gehostete Nummer %1 wurde bereits gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete the hosted number: %1</source>
        <translation>Die gehostete Nummer konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Show &amp;order</source>
        <translation>&amp;Auftrag anzeigen</translation>
    </message>
</context>
<context>
    <name>HostedNumberEditor</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Name or id (empty: no profile)</source>
        <translation>Name oder ID (leer: kein Profil)</translation>
    </message>
    <message>
        <source>The messaging profile the number sends and receives under</source>
        <translation>Das Messaging-Profil, über das die Nummer sendet und empfängt</translation>
    </message>
    <message>
        <source>The messaging product the number should be on</source>
        <translation>Das Messaging-Produkt, dem die Nummer zugeordnet sein soll</translation>
    </message>
    <message>
        <source>Comma separated, e.g. front-desk, east</source>
        <translation>Durch Kommas getrennt, z. B. front-desk, east</translation>
    </message>
    <message>
        <source>&amp;Messaging profile:</source>
        <translation>&amp;Messaging-Profil:</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;rodukt:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Saving the settings of %1…</source>
        <translation>Einstellungen von %1 werden gespeichert…</translation>
    </message>
    <message>
        <source>Saved the settings of %1.</source>
        <translation>Einstellungen von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>HostedNumbersFilterBar</name>
    <message>
        <source>Find a number, e.g. +13125550100 or 555</source>
        <translation>Nummer suchen, z. B. +13125550100 oder 555</translation>
    </message>
    <message>
        <source>Asks the API: a whole number finds that number, a part finds every number containing those digits</source>
        <translation>Fragt die API ab: Eine vollständige Nummer findet genau diese Nummer, ein Teil findet alle Nummern, die diese Ziffern enthalten</translation>
    </message>
    <message>
        <source>Any messaging profile</source>
        <translation>Beliebiges Messaging-Profil</translation>
    </message>
    <message>
        <source>Only the numbers of this messaging profile (asks the API)</source>
        <translation>Nur die Nummern dieses Messaging-Profils (fragt die API ab)</translation>
    </message>
    <message>
        <source>Server order</source>
        <translation>Reihenfolge des Servers</translation>
    </message>
    <message>
        <source>Number ascending</source>
        <translation>Nummer aufsteigend</translation>
    </message>
    <message>
        <source>Number descending</source>
        <translation>Nummer absteigend</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Suchen:</translation>
    </message>
</context>
<context>
    <name>HostedNumbersModel</name>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation>Messaging-Profil</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Number id</source>
        <translation>Nummern-ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Not known until the order holding this number is loaded (Load all in the Orders tab).</source>
        <translation>Erst bekannt, wenn der Auftrag mit dieser Nummer geladen ist („Alle laden“ im Tab „Aufträge“).</translation>
    </message>
</context>
<context>
    <name>HostedNumbersPage</name>
    <message>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>The phone numbers whose messaging should run through Telnyx, at most %1 per order. Type or paste them, one per line, or import a CSV or text file.</source>
        <translation>Die Telefonnummern, deren Messaging über Telnyx laufen soll, höchstens %1 pro Auftrag. Geben Sie sie ein (eine pro Zeile), fügen Sie sie ein oder importieren Sie eine CSV- oder Textdatei.</translation>
    </message>
    <message>
        <source>+13125550123
(312) 555-0124
312.555.0125</source>
        <translation>+13125550123
(312) 555-0124
312.555.0125</translation>
    </message>
    <message>
        <source>One number per line; commas, semicolons and tabs also separate them. 10-digit US numbers get +1. Repeats are dropped.</source>
        <translation>Eine Nummer pro Zeile; auch Kommas, Semikolons und Tabulatoren trennen sie. 10-stellige US-Nummern erhalten +1. Doppelte Einträge werden entfernt.</translation>
    </message>
    <message>
        <source>Add the numbers of a CSV or text file (any column of numbers).</source>
        <translation>Die Nummern aus einer CSV- oder Textdatei hinzufügen (beliebige Spalte mit Nummern).</translation>
    </message>
    <message>
        <source>Lines that are not phone numbers; they are left out.</source>
        <translation>Zeilen, die keine Telefonnummern sind; sie werden ausgelassen.</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Telefonnummern:</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Noch keine Nummern.</translation>
    </message>
    <message>
        <source>Line %1: “%2” — %3, left out</source>
        <translation>Zeile %1: „%2“ – %3, ausgelassen</translation>
    </message>
    <message>
        <source>To go on, type or paste at least one phone number.</source>
        <translation>Geben Sie mindestens eine Telefonnummer ein oder fügen Sie eine ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>An order can hold at most %1 numbers; this list has %2. Remove %3 of them (they can go into another order).</source>
        <translation>Ein Auftrag kann höchstens %1 Nummern enthalten; diese Liste hat %2. Entfernen Sie %3 davon (sie können in einen weiteren Auftrag aufgenommen werden).</translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation>Telefonnummern importieren</translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation>Nummern (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of numbers.</source>
        <translation>%1 ist zu groß für eine Nummernliste.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Importiert aus %1: %2.</translation>
    </message>
    <message>
        <source>Lines that are not phone numbers</source>
        <translation>Zeilen, die keine Telefonnummern sind</translation>
    </message>
</context>
<context>
    <name>HostedOrderDetailPane</name>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln Nummer</numerusform>
            <numerusform>%Ln Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>&amp;Continue order…</source>
        <translation>Auftrag &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Copy order &amp;ID</source>
        <translation>Auftrags-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy nu&amp;mber IDs</source>
        <translation>Nu&amp;mmern-IDs kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>Auftrag &amp;löschen…</translation>
    </message>
    <message>
        <source>Start a new hosted-number order</source>
        <translation>Einen neuen Hosting-Auftrag beginnen</translation>
    </message>
    <message>
        <source>Copy the order id to the clipboard, e.g. for a support ticket</source>
        <translation>Die Auftrags-ID in die Zwischenablage kopieren, z. B. für ein Support-Ticket</translation>
    </message>
    <message>
        <source>Copy the ids of every number in the order, one per line</source>
        <translation>Die IDs aller Nummern des Auftrags kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Your steps</source>
        <translation>Ihre Schritte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation>Messaging-Profil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number ID</source>
        <translation>Nummern-ID</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Auftrag löschen</translation>
    </message>
    <message>
        <source>Select an order to see its status, its steps and its numbers.</source>
        <translation>Wählen Sie einen Auftrag aus, um seinen Status, seine Schritte und seine Nummern zu sehen.</translation>
    </message>
    <message>
        <source>This order was deleted; create a new order to host these numbers.</source>
        <translation>Dieser Auftrag wurde gelöscht; erstellen Sie einen neuen Auftrag, um diese Nummern zu hosten.</translation>
    </message>
    <message>
        <source>This order is closed (&quot;%1&quot;): nothing can be added to it any more.</source>
        <translation>Dieser Auftrag ist abgeschlossen („%1“): Es kann nichts mehr hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Both steps are done: documents are in and every number is verified.</source>
        <translation>Beide Schritte sind erledigt: Die Dokumente liegen vor und jede Nummer ist verifiziert.</translation>
    </message>
    <message>
        <source>Order without numbers</source>
        <translation>Auftrag ohne Nummern</translation>
    </message>
    <message>
        <source>Order for %1</source>
        <translation>Auftrag für %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>%1: this order needs something from you</source>
        <translation>%1: Dieser Auftrag erfordert eine Aktion von Ihnen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Open the order wizard at the first unfinished step of this order</source>
        <translation>Den Auftragsassistenten beim ersten unerledigten Schritt dieses Auftrags öffnen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>This order is already deleted</source>
        <translation>Dieser Auftrag ist bereits gelöscht</translation>
    </message>
    <message>
        <source>Delete this order and every number in it</source>
        <translation>Diesen Auftrag und alle seine Nummern löschen</translation>
    </message>
    <message>
        <source>This order no longer exists at Telnyx: it was deleted, perhaps from another window. Refresh the list to drop it.</source>
        <translation>Dieser Auftrag existiert bei Telnyx nicht mehr: Er wurde gelöscht, vielleicht aus einem anderen Fenster. Aktualisieren Sie die Liste, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Could not refresh the order, so this shows what the list had: %1</source>
        <translation>Der Auftrag konnte nicht aktualisiert werden; angezeigt wird der Stand aus der Liste: %1</translation>
    </message>
    <message>
        <source>Copied the order id %1</source>
        <translation>Auftrags-ID %1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln number id(s)</source>
        <translation>
            <numerusform>%Ln Nummern-ID kopiert</numerusform>
            <numerusform>%Ln Nummern-IDs kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The order has no numbers.</source>
        <translation>Der Auftrag hat keine Nummern.</translation>
    </message>
    <message>
        <source>Its number is deleted too: %1</source>
        <translation>Die zugehörige Nummer wird ebenfalls gelöscht: %1</translation>
    </message>
    <message>
        <source>All its %1 are deleted too: %2</source>
        <translation>Alle %1 werden ebenfalls gelöscht: %2</translation>
    </message>
    <message>
        <source>Delete hosted-number order</source>
        <translation>Hosting-Auftrag löschen</translation>
    </message>
    <message>
        <source>Delete the order &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Den Auftrag &lt;b&gt;%1&lt;/b&gt; löschen?</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;Messaging stops on any of them that is already hosted, and the order cannot be restored. To host these numbers again, create a new order.</source>
        <translation>&lt;br&gt;&lt;br&gt;Bei bereits gehosteten Nummern endet das Messaging, und der Auftrag kann nicht wiederhergestellt werden. Um diese Nummern erneut zu hosten, erstellen Sie einen neuen Auftrag.</translation>
    </message>
    <message>
        <source>Deleting the order %1…</source>
        <translation>Auftrag %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted the order %1 and its %2.</source>
        <translation>Auftrag %1 mit %2 gelöscht.</translation>
    </message>
    <message>
        <source>The order %1 was already deleted.</source>
        <translation>Der Auftrag %1 war bereits gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete the order: %1</source>
        <translation>Der Auftrag konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Order for %1 and %L2 more</source>
        <translation>Auftrag für %1 und %L2 weitere</translation>
    </message>
    <message>
        <source>Numbers of the order</source>
        <translation>Nummern des Auftrags</translation>
    </message>
</context>
<context>
    <name>HostedOrderWizard</name>
    <message>
        <source>New hosted-number order</source>
        <translation>Neuer Hosting-Auftrag</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>C&amp;reate order</source>
        <translation>Auftrag e&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Close the wizard. What you typed is kept; an order already created can be continued from the Orders list.</source>
        <translation>Den Assistenten schließen. Ihre Eingaben bleiben erhalten; ein bereits erstellter Auftrag kann in der Auftragsliste fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Create the order with Telnyx. After this the numbers cannot change.</source>
        <translation>Den Auftrag bei Telnyx erstellen. Danach können die Nummern nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Hosted-number order %1</source>
        <translation>Hosting-Auftrag %1</translation>
    </message>
</context>
<context>
    <name>HostedOrdersFilterBar</name>
    <message>
        <source>Show only the loaded orders with this status</source>
        <translation>Nur die geladenen Aufträge mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>Erfordert Ihre Aktion</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>HostedOrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation>Messaging-Profil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>HostedWizardState</name>
    <message>
        <source>Hosted order %1</source>
        <translation>Hosting-Auftrag %1</translation>
    </message>
    <message numerus="yes">
        <source>New hosted order: %Ln line(s)</source>
        <translation>
            <numerusform>Neuer Hosting-Auftrag: %Ln Zeile</numerusform>
            <numerusform>Neuer Hosting-Auftrag: %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyEntryForm</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>&amp;Validate and save</source>
        <translation>&amp;Prüfen und speichern</translation>
    </message>
    <message>
        <source>KEY…  (from the Telnyx portal: Account ▸ API keys)</source>
        <translation>KEY…  (aus dem Telnyx-Portal: Account ▸ API keys)</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Give the profile a name, for example “Production”.</source>
        <translation>Geben Sie dem Profil einen Namen, zum Beispiel „Produktion“.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http is only allowed for this computer).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (unverschlüsseltes http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Fügen Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Load &amp;all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter these rows (Ctrl+F)</source>
        <translation>Diese Zeilen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Fetch every page of this list, for example before exporting</source>
        <translation>Alle Seiten dieser Liste abrufen, zum Beispiel vor dem Export</translation>
    </message>
    <message>
        <source>Select a row to see all of its fields.</source>
        <translation>Wählen Sie eine Zeile aus, um alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>%1 of %2 loaded rows</source>
        <translation>%1 von %2 geladenen Zeilen</translation>
    </message>
    <message>
        <source>%1 loaded; the server counted %2</source>
        <translation>%1 geladen; laut Server %2</translation>
    </message>
    <message>
        <source>Every page has arrived, but the number of %1 differs from the server&apos;s count. Records may have been added or deleted while the list was loading; refresh (F5) to load it again.</source>
        <translation>Alle Seiten sind eingetroffen, aber die Anzahl der %1 weicht von der Zählung des Servers ab. Möglicherweise wurden während des Ladens Einträge hinzugefügt oder gelöscht; aktualisieren Sie (F5), um die Liste neu zu laden.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded</source>
        <translation>%1 von %2 Zeilen geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Details der ausgewählten Zeile</translation>
    </message>
</context>
<context>
    <name>ListStateText</name>
    <message>
        <source>Could not load %1.
%2</source>
        <translation>%1 konnten nicht geladen werden.
%2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen…</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>No %1 match this filter.</source>
        <translation>Keine %1 entsprechen diesem Filter.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>Keine %1 passen zu „%2“.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>There are no %1 yet.</source>
        <translation>Noch keine %1 vorhanden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Toll-free verification moved from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Status der Verifizierung gebührenfreier Nummern von „%1“ auf „%2“ geändert.</translation>
    </message>
    <message>
        <source>Toll-free verification</source>
        <translation>Gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>Hosted numbers</source>
        <translation>Gehostete Nummern</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>URL domains</source>
        <translation>URL-Domains</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New toll-free verification request</source>
        <translation>Neuer Verifizierungsantrag für gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>New hosted-number order</source>
        <translation>Neuer Hosting-Auftrag</translation>
    </message>
    <message>
        <source>New RCS message</source>
        <translation>Neue RCS-Nachricht</translation>
    </message>
    <message>
        <source>Nothing to create here</source>
        <translation>Hier kann nichts erstellt werden</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>Ent&amp;würfe…</translation>
    </message>
    <message>
        <source>&amp;Import requests from CSV…</source>
        <translation>Anträge aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Find a &amp;number…</source>
        <translation>&amp;Nummer suchen…</translation>
    </message>
    <message>
        <source>Everything about one phone number: toll-free verification, hosted numbers, RCS</source>
        <translation>Alles zu einer Telefonnummer: Verifizierung gebührenfreier Nummern, gehostete Nummern, RCS</translation>
    </message>
    <message>
        <source>Enter API &amp;key…</source>
        <translation>API-&amp;Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Find a number (Ctrl+K)</source>
        <translation>Nummer suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation>Nummer suchen</translation>
    </message>
    <message>
        <source>Switch account profile</source>
        <translation>Kontoprofil wechseln</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln Anfrage läuft</numerusform>
            <numerusform>%Ln Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT PRODUCTION</source>
        <translation>NICHT PRODUKTIV</translation>
    </message>
    <message>
        <source>Switching to %1 when the answers are in…</source>
        <translation>Wechsel zu %1, sobald die Antworten vorliegen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) that create or send something are waiting for their answer from %1.</source>
        <translation>
            <numerusform>%Ln Anfrage, die etwas erstellt oder sendet, wartet auf ihre Antwort von %1.</numerusform>
            <numerusform>%Ln Anfragen, die etwas erstellen oder senden, warten auf ihre Antwort von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console switches to %1 as soon as the answers are in. Switching now stops waiting: whether they were carried out would be unknown.</source>
        <translation>Die Konsole wechselt zu %1, sobald die Antworten vorliegen. Wenn Sie jetzt wechseln, wird nicht mehr gewartet: Ob sie ausgeführt wurden, bliebe unbekannt.</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Switch &amp;now</source>
        <translation>&amp;Jetzt wechseln</translation>
    </message>
    <message>
        <source>&amp;Stay on %1</source>
        <translation>&amp;Bei %1 bleiben</translation>
    </message>
    <message numerus="yes">
        <source>Closed %Ln window(s) of the previous profile; drafts are kept under it.</source>
        <translation>
            <numerusform>%Ln Fenster des vorherigen Profils geschlossen; die Entwürfe bleiben unter diesem Profil erhalten.</numerusform>
            <numerusform>%Ln Fenster des vorherigen Profils geschlossen; die Entwürfe bleiben unter diesem Profil erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted the verification request for %1</source>
        <translation>Verifizierungsantrag für %1 abgesendet</translation>
    </message>
    <message>
        <source>Telnyx accepted the verification request; the list is reloaded to show it</source>
        <translation>Telnyx hat den Verifizierungsantrag angenommen; die Liste wird neu geladen, um ihn anzuzeigen</translation>
    </message>
    <message>
        <source>%1 is not among the loaded rows (it may have been deleted); load the whole list to look again.</source>
        <translation>%1 ist nicht unter den geladenen Zeilen (möglicherweise gelöscht); laden Sie die gesamte Liste, um erneut zu suchen.</translation>
    </message>
    <message>
        <source>Hosted-number orders updated</source>
        <translation>Hosting-Aufträge aktualisiert</translation>
    </message>
    <message>
        <source>Hosted-number order %1 updated</source>
        <translation>Hosting-Auftrag %1 aktualisiert</translation>
    </message>
    <message>
        <source>That draft could not be read; it may have been discarded in another window.</source>
        <translation>Dieser Entwurf konnte nicht gelesen werden; möglicherweise wurde er in einem anderen Fenster verworfen.</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>The key was not saved. %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Toll-free verification, hosted SMS numbers and RCS for Telnyx accounts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Settings:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Logs:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;API keys are kept in the system keychain, never in these files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Verifizierung gebührenfreier Nummern, gehostete SMS-Nummern und RCS für Telnyx-Konten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Einstellungen:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Protokolle:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;API-Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in diesen Dateien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation>Kontoprofil</translation>
    </message>
</context>
<context>
    <name>MessagingProfileNames</name>
    <message>
        <source>Messaging profile id: %1</source>
        <translation>Messaging-Profil-ID: %1</translation>
    </message>
</context>
<context>
    <name>NumberLookup</name>
    <message>
        <source>toll-free verification requests</source>
        <translation>Verifizierungsanträge für gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>hosted numbers and hosted-number orders</source>
        <translation>gehostete Nummern und Hosting-Aufträge</translation>
    </message>
    <message>
        <source>RCS capabilities and the test invites sent from this console</source>
        <translation>RCS-Fähigkeiten und die von dieser Konsole gesendeten Testeinladungen</translation>
    </message>
</context>
<context>
    <name>NumberLookupDialog</name>
    <message>
        <source>Toll-free verification</source>
        <translation>Gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>Hosted numbers</source>
        <translation>Gehostete Nummern</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation>Nummer suchen</translation>
    </message>
    <message>
        <source>+1 800 555 0100, (312) 555-0123, …</source>
        <translation>+1 800 555 0100, (312) 555-0123, …</translation>
    </message>
    <message>
        <source>A phone number in any usual spelling; the list holds the numbers looked up last (up to %1).</source>
        <translation>Eine Telefonnummer in beliebiger üblicher Schreibweise; die Liste enthält die zuletzt gesuchten Nummern (bis zu %1).</translation>
    </message>
    <message>
        <source>The RCS agent whose capabilities for the number are checked</source>
        <translation>Der RCS-Agent, für den die Fähigkeiten der Nummer geprüft werden</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>RCS &amp;agent:</source>
        <translation>RCS-&amp;Agent:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Type or paste a phone number and press Enter: toll-free verification, hosted numbers and RCS are searched at once.</source>
        <translation>Geben Sie eine Telefonnummer ein oder fügen Sie sie ein und drücken Sie die Eingabetaste: Gebührenfreie Nummern, gehostete Nummern und RCS werden gleichzeitig durchsucht.</translation>
    </message>
    <message>
        <source>Type a phone number first.</source>
        <translation>Geben Sie zuerst eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Type it with its country code (+44 20 7946 0000) or as a US or Canadian number ((312) 555-0123).</source>
        <translation>„%1“ ist keine Telefonnummer. Geben Sie sie mit Ländervorwahl ein (+44 20 7946 0000) oder als US- bzw. kanadische Nummer ((312) 555-0123).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Looking up %1 in toll-free verification, hosted numbers and RCS…</source>
        <translation>Suche nach %1 in gebührenfreien Nummern, gehosteten Nummern und RCS…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gefunden</numerusform>
            <numerusform>%Ln gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly: %1</source>
        <translation>Teilweise: %1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Looked in %1.</source>
        <translation>Durchsucht: %1.</translation>
    </message>
    <message>
        <source>Could not look</source>
        <translation>Suche nicht möglich</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Nummern: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>More requests hold this number than are shown; filter the Toll-free verification list by it to see them all.</source>
        <translation>Diese Nummer ist in mehr Anträgen enthalten als angezeigt; filtern Sie die Liste „Gebührenfreie Nummern“ nach der Nummer, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Hosted number %1</source>
        <translation>Gehostete Nummer %1</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Gehostet</translation>
    </message>
    <message numerus="yes">
        <source>Order of %Ln number(s)</source>
        <translation>
            <numerusform>Auftrag mit %Ln Nummer</numerusform>
            <numerusform>Auftrag mit %Ln Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>This number: %1. Next: %2</source>
        <translation>Diese Nummer: %1. Als Nächstes: %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Only the newest orders were read; use Load all in the Orders tab to search older ones.</source>
        <translation>Nur die neuesten Aufträge wurden gelesen; verwenden Sie „Alle laden“ im Tab „Aufträge“, um ältere zu durchsuchen.</translation>
    </message>
    <message>
        <source>Capabilities (%1)</source>
        <translation>Fähigkeiten (%1)</translation>
    </message>
    <message>
        <source>RCS capable</source>
        <translation>RCS-fähig</translation>
    </message>
    <message>
        <source>Not RCS capable</source>
        <translation>Nicht RCS-fähig</translation>
    </message>
    <message>
        <source>The number cannot receive RCS messages from this agent.</source>
        <translation>Die Nummer kann von diesem Agenten keine RCS-Nachrichten empfangen.</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Test invite (%1)</source>
        <translation>Testeinladung (%1)</translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation>Eingeladen am %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Looking up %1: %2 of 3 areas answered…</source>
        <translation>Suche nach %1: %2 von 3 Bereichen haben geantwortet…</translation>
    </message>
    <message>
        <source>%1 was found nowhere (%2 ms).</source>
        <translation>%1 wurde nirgends gefunden (%2 ms).</translation>
    </message>
    <message>
        <source>%1: found in %2 of 3 areas (%3 ms).</source>
        <translation>%1: in %2 von 3 Bereichen gefunden (%3 ms).</translation>
    </message>
    <message>
        <source>Records of the number</source>
        <translation>Datensätze der Nummer</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <source>Messaging profile %1 (name not known)</source>
        <translation>Messaging-Profil %1 (Name unbekannt)</translation>
    </message>
    <message>
        <source>Messaging profile id: %1</source>
        <translation>Messaging-Profil-ID: %1</translation>
    </message>
</context>
<context>
    <name>PdfDocumentField</name>
    <message>
        <source>The file cannot be read any more: choose it again.</source>
        <translation>Die Datei kann nicht mehr gelesen werden: Wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Die PDF-Datei hat keine Seiten.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password: upload a copy without one.</source>
        <translation>Die PDF-Datei ist passwortgeschützt: Laden Sie eine Kopie ohne Passwort hoch.</translation>
    </message>
    <message>
        <source>The file starts like a PDF but cannot be opened: it may be damaged. Save or export it as PDF again.</source>
        <translation>Die Datei beginnt wie eine PDF-Datei, kann aber nicht geöffnet werden: Sie ist möglicherweise beschädigt. Speichern oder exportieren Sie sie erneut als PDF.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>No file yet: Choose… or drop a PDF here</source>
        <translation>Noch keine Datei: „Auswählen…“ oder eine PDF-Datei hierher ziehen</translation>
    </message>
    <message>
        <source>A PDF file of at most 5 MB, without # $ % &amp; or @ in its name.</source>
        <translation>Eine PDF-Datei mit höchstens 5 MB, ohne # $ % &amp; oder @ im Namen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Pick the PDF file (or drop it onto this box).</source>
        <translation>Die PDF-Datei auswählen (oder auf dieses Feld ziehen).</translation>
    </message>
    <message>
        <source>Forget the chosen file.</source>
        <translation>Die gewählte Datei verwerfen.</translation>
    </message>
    <message>
        <source>Or drop the PDF file onto this box.</source>
        <translation>Oder ziehen Sie die PDF-Datei auf dieses Feld.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Drop a PDF here</source>
        <translation>PDF hier ablegen</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), %1</source>
        <translation>
            <numerusform>%Ln Seite, %1</numerusform>
            <numerusform>%Ln Seiten, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>PDF-Datei auswählen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf *.PDF);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
</context>
<context>
    <name>PhoneNumberList</name>
    <message>
        <source>not a phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>not a phone number: use +&lt;country code&gt;&lt;number&gt;, or 10 digits for the US and Canada</source>
        <translation>keine Telefonnummer: Verwenden Sie +&lt;Ländervorwahl&gt;&lt;Nummer&gt; oder 10 Ziffern für die USA und Kanada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln Nummer</numerusform>
            <numerusform>%Ln Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) dropped</source>
        <translation>
            <numerusform>%Ln Duplikat entfernt</numerusform>
            <numerusform>%Ln Duplikate entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln ungültig</numerusform>
            <numerusform>%Ln ungültig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The console changes its language the next time it starts.</source>
        <translation>Die Konsole wechselt die Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Sandbox (built-in)</source>
        <translation>Sandbox (integriert)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>That name belongs to the built-in sandbox.</source>
        <translation>Dieser Name ist der integrierten Sandbox vorbehalten.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http is allowed only for this computer, such as http://127.0.0.1).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (unverschlüsseltes http ist nur für diesen Computer erlaubt, etwa http://127.0.0.1).</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>Only the built-in sandbox goes without a key.</source>
        <translation>Nur die integrierte Sandbox kommt ohne Schlüssel aus.</translation>
    </message>
    <message>
        <source>The built-in sandbox cannot be changed.</source>
        <translation>Die integrierte Sandbox kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>built-in, no key needed</source>
        <translation>integriert, kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>key ••••••••  in the system keychain</source>
        <translation>Schlüssel ••••••••  im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>key ••••••••  kept for this session only</source>
        <translation>Schlüssel ••••••••  nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>The built-in sandbox is always available</source>
        <translation>Die integrierte Sandbox ist immer verfügbar</translation>
    </message>
    <message>
        <source>local simulation</source>
        <translation>lokale Simulation</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>The key could not be saved, so the profile was not added. %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden, daher wurde das Profil nicht hinzugefügt. %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and delete its API key from the keychain?</source>
        <translation>„%1“ entfernen und den zugehörigen API-Schlüssel aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>“%1” was not removed. %2</source>
        <translation>„%1“ wurde nicht entfernt. %2</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Imported rows</source>
        <translation>Importierte Zeilen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>Es gibt nichts zu codieren.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>Der Text ist zu lang für einen QR-Code (%1 Bytes).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>RcsAgentDetailPane</name>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Send &amp;message…</source>
        <translation>&amp;Nachricht senden…</translation>
    </message>
    <message>
        <source>Deep&amp;link…</source>
        <translation>Deep&amp;link…</translation>
    </message>
    <message>
        <source>Check &amp;capabilities</source>
        <translation>&amp;Fähigkeiten prüfen</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Fo&amp;rget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Select an agent to see its settings and test numbers.</source>
        <translation>Wählen Sie einen Agenten aus, um seine Einstellungen und Testnummern zu sehen.</translation>
    </message>
    <message>
        <source>Change the messaging profile, webhook URL or failover URL</source>
        <translation>Messaging-Profil, Webhook-URL oder Failover-URL ändern</translation>
    </message>
    <message>
        <source>Compose and send an RCS message through this agent</source>
        <translation>Eine RCS-Nachricht über diesen Agenten verfassen und senden</translation>
    </message>
    <message>
        <source>Make a link or QR code that opens a chat with this agent</source>
        <translation>Einen Link oder QR-Code erstellen, der einen Chat mit diesem Agenten öffnet</translation>
    </message>
    <message>
        <source>Check which numbers can receive RCS from this agent</source>
        <translation>Prüfen, welche Nummern RCS von diesem Agenten empfangen können</translation>
    </message>
    <message>
        <source>Copy the agent id to the clipboard</source>
        <translation>Die Agenten-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Invite a phone number to test this agent</source>
        <translation>Eine Telefonnummer einladen, um diesen Agenten zu testen</translation>
    </message>
    <message>
        <source>Ask again whether the selected number accepted</source>
        <translation>Erneut abfragen, ob die ausgewählte Nummer angenommen hat</translation>
    </message>
    <message>
        <source>Remove the selected number from this console&apos;s list (the invitation itself stays)</source>
        <translation>Die ausgewählte Nummer aus der Liste dieser Konsole entfernen (die Einladung selbst bleibt bestehen)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Owner (user id)</source>
        <translation>Eigentümer (Benutzer-ID)</translation>
    </message>
    <message>
        <source>Messaging and webhooks</source>
        <translation>Messaging und Webhooks</translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation>Messaging-Profil</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Failover URL</source>
        <translation>Failover-URL</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Testnummern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>When the status was last asked for</source>
        <translation>Wann der Status zuletzt abgefragt wurde</translation>
    </message>
    <message>
        <source>No numbers invited from this console yet. While an agent is in testing, only invited numbers receive its messages.</source>
        <translation>Von dieser Konsole wurden noch keine Nummern eingeladen. Solange sich ein Agent im Test befindet, erhalten nur eingeladene Nummern seine Nachrichten.</translation>
    </message>
    <message>
        <source>Could not refresh the agent; showing the list&apos;s copy. %1</source>
        <translation>Der Agent konnte nicht aktualisiert werden; angezeigt wird der Stand aus der Liste. %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No — it cannot send messages</source>
        <translation>Nein – er kann keine Nachrichten senden</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>This agent is disabled</source>
        <translation>Dieser Agent ist deaktiviert</translation>
    </message>
    <message>
        <source>Copied the agent id %1</source>
        <translation>Agenten-ID %1 kopiert</translation>
    </message>
    <message>
        <source>Could not remember the new status: %1</source>
        <translation>Der neue Status konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Removed %1 from this console&apos;s test numbers</source>
        <translation>%1 aus den Testnummern dieser Konsole entfernt</translation>
    </message>
    <message>
        <source>Invite &amp;test number…</source>
        <translation>&amp;Testnummer einladen…</translation>
    </message>
</context>
<context>
    <name>RcsAgentEditDialog</name>
    <message>
        <source>Edit RCS agent %1</source>
        <translation>RCS-Agent %1 bearbeiten</translation>
    </message>
    <message>
        <source>Messaging profile name or id (empty: none)</source>
        <translation>Name oder ID des Messaging-Profils (leer: keins)</translation>
    </message>
    <message>
        <source>The messaging profile the agent&apos;s messages are billed and configured under</source>
        <translation>Das Messaging-Profil, unter dem die Nachrichten des Agenten abgerechnet und konfiguriert werden</translation>
    </message>
    <message>
        <source>Where Telnyx sends the agent&apos;s inbound messages and delivery events; HTTPS only</source>
        <translation>Wohin Telnyx eingehende Nachrichten und Zustellereignisse des Agenten sendet; nur HTTPS</translation>
    </message>
    <message>
        <source>Used when the webhook URL does not answer; HTTPS only</source>
        <translation>Wird verwendet, wenn die Webhook-URL nicht antwortet; nur HTTPS</translation>
    </message>
    <message>
        <source>&amp;Messaging profile:</source>
        <translation>&amp;Messaging-Profil:</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>&amp;Failover URL:</source>
        <translation>&amp;Failover-URL:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 wird geändert</translation>
    </message>
    <message>
        <source>%1 is cleared</source>
        <translation>%1 wird geleert</translation>
    </message>
    <message>
        <source>the messaging profile</source>
        <translation>das Messaging-Profil</translation>
    </message>
    <message>
        <source>the webhook URL</source>
        <translation>die Webhook-URL</translation>
    </message>
    <message>
        <source>the failover URL</source>
        <translation>die Failover-URL</translation>
    </message>
    <message>
        <source>Nothing changed yet. An emptied field is removed from the agent.</source>
        <translation>Noch nichts geändert. Ein geleertes Feld wird vom Agenten entfernt.</translation>
    </message>
    <message>
        <source>On save: %1.</source>
        <translation>Beim Speichern: %1.</translation>
    </message>
    <message>
        <source>Saving was cancelled. The agent may or may not have been changed; reload the agent to see its current values.</source>
        <translation>Das Speichern wurde abgebrochen. Der Agent wurde möglicherweise geändert; laden Sie ihn neu, um seine aktuellen Werte zu sehen.</translation>
    </message>
    <message>
        <source>The server refused the change; see the field marked in red.</source>
        <translation>Der Server hat die Änderung abgelehnt; siehe das rot markierte Feld.</translation>
    </message>
    <message>
        <source>Could not save the agent: %1</source>
        <translation>Der Agent konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RcsAgentPicker</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Pick an agent or type its ID</source>
        <translation>Agenten auswählen oder seine ID eingeben</translation>
    </message>
    <message>
        <source>Agent ID, e.g. sandbox_demo_agent</source>
        <translation>Agenten-ID, z. B. sandbox_demo_agent</translation>
    </message>
</context>
<context>
    <name>RcsAgentsModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agent-ID</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation>Messaging-Profil</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>RcsArea</name>
    <message>
        <source>RCS agents</source>
        <translation>RCS-Agenten</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Invited %1: %2</source>
        <translation>%1 eingeladen: %2</translation>
    </message>
    <message>
        <source>Saved the RCS agent %1</source>
        <translation>RCS-Agent %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>RcsCapabilitiesModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Whether the number can receive RCS messages from the agent</source>
        <translation>Ob die Nummer RCS-Nachrichten vom Agenten empfangen kann</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Earlier answer (this session)</source>
        <translation>Frühere Antwort (diese Sitzung)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>außerdem: %1</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RcsCapabilitiesPage</name>
    <message>
        <source>Line %1: “%2”: %3</source>
        <translation>Zeile %1: „%2“: %3</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed: timed out</source>
        <translation>Fehlgeschlagen: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Failed: no connection</source>
        <translation>Fehlgeschlagen: keine Verbindung</translation>
    </message>
    <message>
        <source>Failed: insecure connection</source>
        <translation>Fehlgeschlagen: unsichere Verbindung</translation>
    </message>
    <message>
        <source>Failed: unreadable answer</source>
        <translation>Fehlgeschlagen: unlesbare Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln number(s) with %1…</source>
        <translation>
            <numerusform>%Ln Nummer wird mit %1 geprüft…</numerusform>
            <numerusform>%Ln Nummern werden mit %1 geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>The API asked to slow down: waiting %1 s, then one batch at a time.</source>
        <translation>Die API hat um eine Drosselung gebeten: %1 s warten, dann ein Stapel nach dem anderen.</translation>
    </message>
    <message>
        <source>Could not load the agents list; type an agent ID.</source>
        <translation>Die Agentenliste konnte nicht geladen werden; geben Sie eine Agent-ID ein.</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>The RCS agent whose reach is checked. Pick one from your agents or type an agent ID.</source>
        <translation>Der RCS-Agent, dessen Reichweite geprüft wird. Wählen Sie einen Ihrer Agenten aus oder geben Sie eine Agent-ID ein.</translation>
    </message>
    <message>
        <source>Check a&amp;gain (ignore answers from this session)</source>
        <translation>&amp;Erneut prüfen (Antworten dieser Sitzung ignorieren)</translation>
    </message>
    <message>
        <source>Numbers already checked with this agent are answered from memory without asking the API. Tick this to ask again, for example after someone switched phones.</source>
        <translation>Bereits mit diesem Agenten geprüfte Nummern werden aus dem Speicher beantwortet, ohne die API zu fragen. Aktivieren Sie diese Option, um erneut zu fragen, z. B. nachdem jemand das Telefon gewechselt hat.</translation>
    </message>
    <message>
        <source>One number</source>
        <translation>Eine Nummer</translation>
    </message>
    <message>
        <source>+13125550123</source>
        <translation>+13125550123</translation>
    </message>
    <message>
        <source>A phone number in E.164 format: + then the country code and number. A 10-digit US number is accepted too.</source>
        <translation>Eine Telefonnummer im E.164-Format: + gefolgt von Landesvorwahl und Nummer. Eine 10-stellige US-Nummer wird ebenfalls akzeptiert.</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +13125550123.</source>
        <translation>Geben Sie eine Telefonnummer ein, z. B. +13125550123.</translation>
    </message>
    <message>
        <source>Not a phone number: use E.164, + then up to 15 digits (e.g. +13125550123).</source>
        <translation>Keine Telefonnummer: Verwenden Sie E.164, + gefolgt von bis zu 15 Ziffern (z. B. +13125550123).</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask which RCS features this number supports (Enter)</source>
        <translation>Abfragen, welche RCS-Funktionen diese Nummer unterstützt (Eingabe)</translation>
    </message>
    <message>
        <source>Type a number and press Check to see which RCS features it supports.</source>
        <translation>Geben Sie eine Nummer ein und klicken Sie auf „Prüfen“, um zu sehen, welche RCS-Funktionen sie unterstützt.</translation>
    </message>
    <message>
        <source>Many numbers</source>
        <translation>Viele Nummern</translation>
    </message>
    <message>
        <source>Paste phone numbers: one per line, comma-separated, or a column copied from a spreadsheet. Duplicates are dropped; numbers are checked %1 per request.</source>
        <translation>Fügen Sie Telefonnummern ein: eine pro Zeile, durch Kommas getrennt oder als aus einer Tabelle kopierte Spalte. Duplikate werden entfernt; es werden %1 Nummern pro Anfrage geprüft.</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Read the numbers from a CSV or text file</source>
        <translation>Nummern aus einer CSV- oder Textdatei einlesen</translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>A&amp;lle prüfen</translation>
    </message>
    <message>
        <source>Check every number (Ctrl+Enter)</source>
        <translation>Alle Nummern prüfen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Filter results (Ctrl+F)</source>
        <translation>Ergebnisse filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>RCS only</source>
        <translation>Nur RCS</translation>
    </message>
    <message>
        <source>Not RCS</source>
        <translation>Kein RCS</translation>
    </message>
    <message>
        <source>Show every number, only those that can receive RCS, those that cannot, or those whose check failed</source>
        <translation>Alle Nummern anzeigen, nur die, die RCS empfangen können, die, die es nicht können, oder die, deren Prüfung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop checking; answers so far are kept (Esc)</source>
        <translation>Prüfung beenden; bisherige Antworten bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (or every shown row) for a spreadsheet</source>
        <translation>Die ausgewählten Zeilen (oder alle angezeigten Zeilen) für eine Tabellenkalkulation kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the shown rows and columns as a CSV file</source>
        <translation>Die angezeigten Zeilen und Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Export RCS capabilities as CSV</source>
        <translation>RCS-Fähigkeiten als CSV exportieren</translation>
    </message>
    <message>
        <source>No agents loaded yet: type an agent ID.</source>
        <translation>Noch keine Agenten geladen: Geben Sie eine Agent-ID ein.</translation>
    </message>
    <message>
        <source>Pick an agent.</source>
        <translation>Wählen Sie einen Agenten aus.</translation>
    </message>
    <message>
        <source>Not one of your listed agents: checked as typed.</source>
        <translation>Keiner Ihrer aufgeführten Agenten: wird wie eingegeben geprüft.</translation>
    </message>
    <message>
        <source>Pick an agent or type its ID first.</source>
        <translation>Wählen Sie zuerst einen Agenten aus oder geben Sie seine ID ein.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 can receive RCS messages from %2.</source>
        <translation>%1 kann RCS-Nachrichten von %2 empfangen.</translation>
    </message>
    <message>
        <source>%1 cannot receive RCS messages from %2.</source>
        <translation>%1 kann keine RCS-Nachrichten von %2 empfangen.</translation>
    </message>
    <message>
        <source>The API has no RCS device on record for this number (it answered “not found”): the phone, its carrier or its settings do not support RCS. Send it SMS instead.</source>
        <translation>Die API kennt kein RCS-Gerät für diese Nummer (Antwort „nicht gefunden“): Das Telefon, sein Mobilfunkanbieter oder seine Einstellungen unterstützen kein RCS. Senden Sie stattdessen eine SMS.</translation>
    </message>
    <message>
        <source>The API reports no RCS features for this number: the phone, its carrier or its settings do not support RCS (or RCS is switched off). Send it SMS instead.</source>
        <translation>Die API meldet keine RCS-Funktionen für diese Nummer: Das Telefon, sein Mobilfunkanbieter oder seine Einstellungen unterstützen kein RCS (oder RCS ist ausgeschaltet). Senden Sie stattdessen eine SMS.</translation>
    </message>
    <message>
        <source>Answer from earlier in this session. Tick “Check again” to ask the API.</source>
        <translation>Antwort von früher in dieser Sitzung. Aktivieren Sie „Erneut prüfen“, um die API zu fragen.</translation>
    </message>
    <message>
        <source>Could not check %1.</source>
        <translation>%1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Noch keine Nummern.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 checked.</source>
        <translation>Abgebrochen: %1 von %2 geprüft.</translation>
    </message>
    <message>
        <source>Done: %1 of %2 checked.</source>
        <translation>Fertig: %1 von %2 geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln number(s) checked.</source>
        <translation>
            <numerusform>Fertig: %Ln Nummer geprüft.</numerusform>
            <numerusform>Fertig: %Ln Nummern geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can receive RCS, %2 cannot.</source>
        <translation>RCS-fähig: %1, nicht RCS-fähig: %2.</translation>
    </message>
    <message>
        <source>%1 answered from earlier in this session.</source>
        <translation>Aus früheren Antworten dieser Sitzung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Slowed down %Ln time(s) for the API&apos;s rate limit.</source>
        <translation>
            <numerusform>Wegen des Ratenlimits der API %Ln-mal gedrosselt.</numerusform>
            <numerusform>Wegen des Ratenlimits der API %Ln-mal gedrosselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) could not be checked. %1 Use Retry to check them again.</source>
        <translation>
            <numerusform>%Ln Nummer konnte nicht geprüft werden. %1 Mit „Fehlgeschlagene erneut prüfen“ können Sie sie erneut prüfen.</numerusform>
            <numerusform>%Ln Nummern konnten nicht geprüft werden. %1 Mit „Fehlgeschlagene erneut prüfen“ können Sie sie erneut prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation>%1 ist größer als 20 MB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No phone numbers found in %1.</source>
        <translation>Keine Telefonnummern in %1 gefunden.</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Aus %1: %2</translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation>Telefonnummern importieren</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv)</source>
        <translation>CSV- oder Textdateien (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 RCS · %2 not RCS%3</source>
        <translation>%1 RCS · %2 kein RCS%3</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>No results yet.
Paste or import numbers above and press Check all.</source>
        <translation>Noch keine Ergebnisse.
Fügen Sie oben Nummern ein oder importieren Sie sie und klicken Sie auf „Alle prüfen“.</translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… und %L1 weitere</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>Ergebnisse filtern</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Chec&amp;k failed again</source>
        <translation>Fehlgeschlagene &amp;erneut prüfen</translation>
    </message>
    <message>
        <source>Capability results</source>
        <translation>Ergebnisse der Fähigkeitsprüfung</translation>
    </message>
</context>
<context>
    <name>RcsCapabilityChecker</name>
    <message>
        <source>The API gave no answer for this number.</source>
        <translation>Die API hat für diese Nummer keine Antwort geliefert.</translation>
    </message>
    <message>
        <source>Not a phone number in E.164 format (+ and up to 15 digits).</source>
        <translation>Keine Telefonnummer im E.164-Format (+ und bis zu 15 Ziffern).</translation>
    </message>
    <message>
        <source>The RCS agent “%1” was not found: check the agent ID (it may belong to another Telnyx account).</source>
        <translation>Der RCS-Agent „%1“ wurde nicht gefunden: Prüfen Sie die Agent-ID (sie gehört möglicherweise zu einem anderen Telnyx-Konto).</translation>
    </message>
</context>
<context>
    <name>RcsComposerDialog</name>
    <message>
        <source>New RCS message</source>
        <translation>Neue RCS-Nachricht</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <source>Send the RCS message; it will not be delivered to a phone that cannot receive RCS.</source>
        <translation>Die RCS-Nachricht senden; sie wird nicht an ein Telefon zugestellt, das kein RCS empfangen kann.</translation>
    </message>
    <message>
        <source>Add SMS &amp;fallback</source>
        <translation>SMS-&amp;Fallback hinzufügen</translation>
    </message>
    <message>
        <source>Send a plain SMS instead when RCS is not available.</source>
        <translation>Stattdessen eine einfache SMS senden, wenn RCS nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Cop&amp;y ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Check the recipient, then send the message (Ctrl+Enter).</source>
        <translation>Empfänger prüfen, dann die Nachricht senden (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Close; what you typed is kept for the next message.</source>
        <translation>Schließen; Ihre Eingaben bleiben für die nächste Nachricht erhalten.</translation>
    </message>
    <message>
        <source>The RCS agent (the brand) the message comes from.</source>
        <translation>Der RCS-Agent (die Marke), von dem die Nachricht stammt.</translation>
    </message>
    <message>
        <source>A&amp;gent *</source>
        <translation>A&amp;gent *</translation>
    </message>
    <message>
        <source>Choose the RCS agent that sends the message.</source>
        <translation>Wählen Sie den RCS-Agenten, der die Nachricht sendet.</translation>
    </message>
    <message>
        <source>Messaging profile ID</source>
        <translation>Messaging-Profil-ID</translation>
    </message>
    <message>
        <source>The messaging profile the message is billed to and reported under. Filled in from the agent when it has one.</source>
        <translation>Das Messaging-Profil, über das die Nachricht abgerechnet und ausgewiesen wird. Wird vom Agenten übernommen, wenn er eines hat.</translation>
    </message>
    <message>
        <source>Messaging &amp;profile *</source>
        <translation>Messaging-&amp;Profil *</translation>
    </message>
    <message>
        <source>The messaging profile ID</source>
        <translation>Die Messaging-Profil-ID</translation>
    </message>
    <message>
        <source>+13125551234</source>
        <translation>+13125551234</translation>
    </message>
    <message>
        <source>The phone number to send to, in E.164 (+ country code and number). A US number typed as (312) 555-1234 is converted when you leave the field.</source>
        <translation>Die Zielnummer im E.164-Format (+ Landesvorwahl und Nummer). Eine als (312) 555-1234 eingegebene US-Nummer wird beim Verlassen des Felds umgewandelt.</translation>
    </message>
    <message>
        <source>&amp;To *</source>
        <translation>&amp;An *</translation>
    </message>
    <message>
        <source>The text of the RCS message.</source>
        <translation>Der Text der RCS-Nachricht.</translation>
    </message>
    <message>
        <source>Te&amp;xt *</source>
        <translation>Te&amp;xt *</translation>
    </message>
    <message>
        <source>Type the message text.</source>
        <translation>Geben Sie den Nachrichtentext ein.</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <source>SMS fallback</source>
        <translation>SMS-Fallback</translation>
    </message>
    <message>
        <source>Sent as a plain SMS when the phone cannot receive RCS.</source>
        <translation>Wird als einfache SMS gesendet, wenn das Telefon kein RCS empfangen kann.</translation>
    </message>
    <message>
        <source>+13125550100</source>
        <translation>+13125550100</translation>
    </message>
    <message>
        <source>One of your numbers enabled for SMS, in E.164.</source>
        <translation>Eine Ihrer SMS-fähigen Nummern im E.164-Format.</translation>
    </message>
    <message>
        <source>Fr&amp;om *</source>
        <translation>V&amp;on *</translation>
    </message>
    <message>
        <source>The SMS text</source>
        <translation>Der SMS-Text</translation>
    </message>
    <message>
        <source>SMS t&amp;ext *</source>
        <translation>SMS-T&amp;ext *</translation>
    </message>
    <message>
        <source>Type the text of the SMS.</source>
        <translation>Geben Sie den Text der SMS ein.</translation>
    </message>
    <message>
        <source>The SMS text is %1 characters long; at most %2 are allowed.</source>
        <translation>Der SMS-Text ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>MMS fallback</source>
        <translation>MMS-Fallback</translation>
    </message>
    <message>
        <source>Sent as an MMS (text and pictures) when the phone cannot receive RCS.</source>
        <translation>Wird als MMS (Text und Bilder) gesendet, wenn das Telefon kein RCS empfangen kann.</translation>
    </message>
    <message>
        <source>One of your numbers enabled for MMS, in E.164.</source>
        <translation>Eine Ihrer MMS-fähigen Nummern im E.164-Format.</translation>
    </message>
    <message>
        <source>From *</source>
        <translation>Von *</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>The MMS subject line.</source>
        <translation>Die Betreffzeile der MMS.</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>The MMS text</source>
        <translation>Der MMS-Text</translation>
    </message>
    <message>
        <source>&amp;MMS text</source>
        <translation>&amp;MMS-Text</translation>
    </message>
    <message>
        <source>Type a text or add a media URL for the MMS.</source>
        <translation>Geben Sie einen Text ein oder fügen Sie eine Medien-URL für die MMS hinzu.</translation>
    </message>
    <message>
        <source>https://example.com/picture.jpg (one per line)</source>
        <translation>https://example.com/picture.jpg (eine pro Zeile)</translation>
    </message>
    <message>
        <source>Pictures or other media to attach, one URL per line.</source>
        <translation>Anzuhängende Bilder oder andere Medien, eine URL pro Zeile.</translation>
    </message>
    <message>
        <source>Media &amp;URLs</source>
        <translation>Medien-&amp;URLs</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>https://example.com/rcs-events (optional)</source>
        <translation>https://example.com/rcs-events (optional)</translation>
    </message>
    <message>
        <source>Where Telnyx reports this message&apos;s delivery events, instead of the messaging profile&apos;s webhook. https only.</source>
        <translation>Wohin Telnyx die Zustellereignisse dieser Nachricht meldet, statt an den Webhook des Messaging-Profils. Nur https.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>&amp;Webhook-URL</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %Ln field(s) need attention, starting with: %1</source>
        <translation>
            <numerusform>Nicht gesendet: %Ln Feld muss geprüft werden: %1</numerusform>
            <numerusform>Nicht gesendet: %Ln Felder müssen geprüft werden, zuerst: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This message may already have been delivered to %1. Press Send again to send it anyway, or change something first.</source>
        <translation>Diese Nachricht wurde möglicherweise bereits an %1 zugestellt. Klicken Sie erneut auf „Senden“, um sie trotzdem zu senden, oder ändern Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>This message was just sent to %1. Press Send again to send it a second time, or change something first.</source>
        <translation>Diese Nachricht wurde gerade an %1 gesendet. Klicken Sie erneut auf „Senden“, um sie ein zweites Mal zu senden, oder ändern Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>%1 cannot receive RCS messages, and there is no fallback: the message would not arrive. Add an SMS fallback, or send anyway.</source>
        <translation>%1 kann keine RCS-Nachrichten empfangen, und es gibt kein Fallback: Die Nachricht würde nicht ankommen. Fügen Sie ein SMS-Fallback hinzu oder senden Sie trotzdem.</translation>
    </message>
    <message>
        <source>Could not check whether %1 can receive RCS: %2 Nothing was sent.</source>
        <translation>Es konnte nicht geprüft werden, ob %1 RCS empfangen kann: %2 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Fill in the SMS fallback, then Send.</source>
        <translation>Füllen Sie das SMS-Fallback aus und klicken Sie dann auf „Senden“.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Wait: %1 s</source>
        <translation>Wartezeit: %1 s</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Mobilfunkanbieter: %1</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Telnyx does not know this agent (or it is not yours).</source>
        <translation>Telnyx kennt diesen Agenten nicht (oder er gehört nicht Ihnen).</translation>
    </message>
    <message>
        <source>Not sent: Telnyx does not know the agent “%1”.</source>
        <translation>Nicht gesendet: Telnyx kennt den Agenten „%1“ nicht.</translation>
    </message>
    <message>
        <source>Not sent: Telnyx did not accept the recipient&apos;s number.</source>
        <translation>Nicht gesendet: Telnyx hat die Nummer des Empfängers nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Sent to %1: Telnyx accepted the message, but its answer could not be read (%2), so there is no message ID. Do not send it again.</source>
        <translation>An %1 gesendet: Telnyx hat die Nachricht angenommen, aber die Antwort war nicht lesbar (%2), daher gibt es keine Nachrichten-ID. Senden Sie sie nicht erneut.</translation>
    </message>
    <message>
        <source>Maybe sent to %1: %2</source>
        <translation>Möglicherweise an %1 gesendet: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: Telnyx did not accept %Ln field(s); they are marked in red.</source>
        <translation>
            <numerusform>Nicht gesendet: Telnyx hat %Ln Feld nicht akzeptiert; es ist rot markiert.</numerusform>
            <numerusform>Nicht gesendet: Telnyx hat %Ln Felder nicht akzeptiert; sie sind rot markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
    <message>
        <source>Checking the recipient…</source>
        <translation>Empfänger wird geprüft…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Your message (at most %L1 characters)</source>
        <translation>Ihre Nachricht (höchstens %L1 Zeichen)</translation>
    </message>
    <message>
        <source>The text is %L1 characters long; at most %L2 fit in one message.</source>
        <translation>Der Text ist %L1 Zeichen lang; in eine Nachricht passen höchstens %L2.</translation>
    </message>
</context>
<context>
    <name>RcsDeeplinkDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Als S&amp;VG speichern…</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>RCS deeplink</source>
        <translation>RCS-Deeplink</translation>
    </message>
    <message>
        <source>The RCS agent the conversation opens with.</source>
        <translation>Der RCS-Agent, mit dem die Unterhaltung beginnt.</translation>
    </message>
    <message>
        <source>+13125551234 (optional)</source>
        <translation>+13125551234 (optional)</translation>
    </message>
    <message>
        <source>The agent&apos;s phone number the link opens, in E.164. A US number typed as (312) 555-1234 is converted when you leave the field. Leave empty for a link without a number.</source>
        <translation>Die Telefonnummer des Agenten, die der Link öffnet, im E.164-Format. Eine als (312) 555-1234 eingegebene US-Nummer wird beim Verlassen des Felds umgewandelt. Leer lassen für einen Link ohne Nummer.</translation>
    </message>
    <message>
        <source>Hello! (optional)</source>
        <translation>Hallo! (optional)</translation>
    </message>
    <message>
        <source>Text put in the message box when the link opens; the person can change it before sending.</source>
        <translation>Text, der beim Öffnen des Links in das Nachrichtenfeld eingefügt wird; die Person kann ihn vor dem Senden ändern.</translation>
    </message>
    <message>
        <source>Ask Telnyx for the link (Enter).</source>
        <translation>Den Link bei Telnyx anfordern (Eingabe).</translation>
    </message>
    <message>
        <source>The link appears here.</source>
        <translation>Hier erscheint der Link.</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard.</source>
        <translation>Den Link in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <source>Generate a link to see its QR code.</source>
        <translation>Generieren Sie einen Link, um seinen QR-Code zu sehen.</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG picture.</source>
        <translation>Den QR-Code als PNG-Bild speichern.</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG drawing (sharp at any size).</source>
        <translation>Den QR-Code als SVG-Grafik speichern (in jeder Größe scharf).</translation>
    </message>
    <message>
        <source>Choose the RCS agent the link opens.</source>
        <translation>Wählen Sie den RCS-Agenten, den der Link öffnet.</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>Phone &amp;number</source>
        <translation>Telefon&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>Na&amp;chricht</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Telefonnummer: %1</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Link wird erstellt…</translation>
    </message>
    <message>
        <source>The link is ready, but it cannot be shown as a QR code: %1</source>
        <translation>Der Link ist fertig, kann aber nicht als QR-Code angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The link is ready. Scan the code with a phone, or copy the link.</source>
        <translation>Der Link ist fertig. Scannen Sie den Code mit einem Telefon oder kopieren Sie den Link.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Telnyx did not accept the phone number: %1</source>
        <translation>Telnyx hat die Telefonnummer nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Telnyx does not know this agent (or it is not yours).</source>
        <translation>Telnyx kennt diesen Agenten nicht (oder er gehört nicht Ihnen).</translation>
    </message>
    <message>
        <source>Telnyx does not know the agent “%1”.</source>
        <translation>Telnyx kennt den Agenten „%1“ nicht.</translation>
    </message>
    <message>
        <source>The fields changed since this link was made: Generate again to update it.</source>
        <translation>Die Felder wurden seit dem Erstellen dieses Links geändert: Generieren Sie ihn erneut, um ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>The link is copied.</source>
        <translation>Der Link wurde kopiert.</translation>
    </message>
    <message>
        <source>There is no QR code yet: generate a link first.</source>
        <translation>Es gibt noch keinen QR-Code: Generieren Sie zuerst einen Link.</translation>
    </message>
    <message>
        <source>The picture could not be made.</source>
        <translation>Das Bild konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
</context>
<context>
    <name>RcsInviteStore</name>
    <message>
        <source>An invite needs an agent and a phone number.</source>
        <translation>Eine Einladung benötigt einen Agenten und eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RcsSuggestionsEditor</name>
    <message>
        <source>Suggested replies and actions</source>
        <translation>Vorgeschlagene Antworten und Aktionen</translation>
    </message>
    <message>
        <source>Chips shown under the message: a reply sends its text back; Dial calls a number; Open URL opens a link. Text at most %1 characters; postback data is what your webhook receives.</source>
        <translation>Chips unter der Nachricht: Eine Antwort sendet ihren Text zurück, „Anrufen“ wählt eine Nummer, „URL öffnen“ öffnet einen Link. Text höchstens %1 Zeichen; die Postback-Daten erhält Ihr Webhook.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Postback data</source>
        <translation>Postback-Daten</translation>
    </message>
    <message>
        <source>Phone number or URL</source>
        <translation>Telefonnummer oder URL</translation>
    </message>
    <message>
        <source>A&amp;dd suggestion</source>
        <translation>&amp;Vorschlag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>The number to call, in E.164.</source>
        <translation>Die anzurufende Nummer im E.164-Format.</translation>
    </message>
    <message>
        <source>The web address to open.</source>
        <translation>Die zu öffnende Webadresse.</translation>
    </message>
    <message>
        <source>A reply needs no phone number or URL.</source>
        <translation>Eine Antwort benötigt keine Telefonnummer oder URL.</translation>
    </message>
    <message>
        <source>type the text shown on the chip.</source>
        <translation>geben Sie den Text ein, der auf dem Chip steht.</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 fit on a chip.</source>
        <translation>der Text ist %1 Zeichen lang; auf einen Chip passen höchstens %2.</translation>
    </message>
    <message>
        <source>the postback data is longer than %1 characters.</source>
        <translation>die Postback-Daten sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Suggestion %1: %2</source>
        <translation>Vorschlag %1: %2</translation>
    </message>
</context>
<context>
    <name>RcsTestNumbersDialog</name>
    <message>
        <source>Sending the invitation…</source>
        <translation>Einladung wird gesendet…</translation>
    </message>
    <message>
        <source>Invite a test number to %1</source>
        <translation>Testnummer zu %1 einladen</translation>
    </message>
    <message>
        <source>While an agent is in testing, only invited numbers receive its messages. The person with the phone accepts the invitation on the device; &lt;b&gt;Check again&lt;/b&gt; in the agent&apos;s pane shows when they have.</source>
        <translation>Solange sich ein Agent im Test befindet, erhalten nur eingeladene Nummern seine Nachrichten. Die Person mit dem Telefon nimmt die Einladung auf dem Gerät an; &lt;b&gt;Erneut prüfen&lt;/b&gt; im Bereich des Agenten zeigt, wann sie das getan hat.</translation>
    </message>
    <message>
        <source>The phone number in international format: + and the country code, then the number</source>
        <translation>Die Telefonnummer im internationalen Format: + und die Landesvorwahl, dann die Nummer</translation>
    </message>
    <message>
        <source>Enter the phone number to invite.</source>
        <translation>Geben Sie die einzuladende Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Enter the number in E.164 format, e.g. +13125550123.</source>
        <translation>Geben Sie die Nummer im E.164-Format ein, z. B. +13125550123.</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>E&amp;inladen</translation>
    </message>
    <message>
        <source>Pending: waiting for the person to accept the invitation on the phone.</source>
        <translation>Ausstehend: Es wird darauf gewartet, dass die Person die Einladung auf dem Telefon annimmt.</translation>
    </message>
    <message>
        <source>Accepted: the number receives this agent&apos;s messages while it is in testing.</source>
        <translation>Angenommen: Die Nummer erhält die Nachrichten dieses Agenten, solange er sich im Test befindet.</translation>
    </message>
    <message>
        <source>The server gave no status.</source>
        <translation>Der Server hat keinen Status geliefert.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot;.</source>
        <translation>Status „%1“.</translation>
    </message>
    <message>
        <source>Invited %1, but the console could not remember it: %2</source>
        <translation>%1 eingeladen, aber die Konsole konnte sich das nicht merken: %2</translation>
    </message>
    <message>
        <source>Invited &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; eingeladen. %2</translation>
    </message>
    <message>
        <source>Could not invite the number: %1</source>
        <translation>Die Nummer konnte nicht eingeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ResendAdvice</name>
    <message>
        <source>Nothing was created, so it is safe to submit again.</source>
        <translation>Es wurde nichts erstellt, Sie können also gefahrlos erneut einreichen.</translation>
    </message>
    <message>
        <source>Sending the same changes twice changes nothing, so it is safe to resubmit.</source>
        <translation>Dieselben Änderungen zweimal zu senden ändert nichts, Sie können also gefahrlos erneut einreichen.</translation>
    </message>
    <message>
        <source>Nothing was created; you can create the order again.</source>
        <translation>Es wurde nichts erstellt; Sie können den Auftrag erneut anlegen.</translation>
    </message>
    <message>
        <source>No code was sent; you can send again.</source>
        <translation>Es wurde kein Code gesendet; Sie können erneut senden.</translation>
    </message>
    <message>
        <source>Nothing was sent, so it is safe to send again.</source>
        <translation>Es wurde nichts gesendet, Sie können also gefahrlos erneut senden.</translation>
    </message>
    <message>
        <source>Nothing was created. Submitting it again unchanged will fail the same way.</source>
        <translation>Es wurde nichts erstellt. Wenn Sie den Antrag unverändert erneut einreichen, schlägt dies ebenso fehl.</translation>
    </message>
    <message>
        <source>Nothing was changed. Resubmitting it unchanged will fail the same way.</source>
        <translation>Es wurde nichts geändert. Wenn Sie den Antrag unverändert erneut einreichen, schlägt dies ebenso fehl.</translation>
    </message>
    <message>
        <source>Nothing was created. Creating it again unchanged will fail the same way.</source>
        <translation>Es wurde nichts erstellt. Wenn Sie den Auftrag unverändert erneut anlegen, schlägt dies ebenso fehl.</translation>
    </message>
    <message>
        <source>No code was sent. Sending again unchanged will fail the same way.</source>
        <translation>Es wurde kein Code gesendet. Wenn Sie unverändert erneut senden, schlägt dies ebenso fehl.</translation>
    </message>
    <message>
        <source>Nothing was sent. Sending it again unchanged will fail the same way.</source>
        <translation>Es wurde nichts gesendet. Wenn Sie die Nachricht unverändert erneut senden, schlägt dies ebenso fehl.</translation>
    </message>
    <message>
        <source>It was created: do not submit it again; the request list shows it.</source>
        <translation>Der Antrag wurde erstellt: Reichen Sie ihn nicht erneut ein; er steht in der Antragsliste.</translation>
    </message>
    <message>
        <source>The changes were made: the request list shows them.</source>
        <translation>Die Änderungen wurden übernommen: Sie sind in der Antragsliste zu sehen.</translation>
    </message>
    <message>
        <source>It was created: do not create it again; the Orders list shows it.</source>
        <translation>Der Auftrag wurde erstellt: Legen Sie ihn nicht erneut an; er steht in der Auftragsliste.</translation>
    </message>
    <message>
        <source>The codes were sent: wait for them rather than sending new ones.</source>
        <translation>Die Codes wurden gesendet: Warten Sie auf sie, statt neue anzufordern.</translation>
    </message>
    <message>
        <source>It was sent: do not send it again.</source>
        <translation>Die Nachricht wurde gesendet: Senden Sie sie nicht erneut.</translation>
    </message>
    <message>
        <source>Telnyx may have created it: looking in the request list for a request with the same business name and phone numbers before offering to submit again…</source>
        <translation>Telnyx hat den Antrag möglicherweise erstellt: Die Antragsliste wird nach einem Antrag mit demselben Firmennamen und denselben Telefonnummern durchsucht, bevor ein erneutes Einreichen angeboten wird…</translation>
    </message>
    <message>
        <source>Telnyx may have made the changes: reload the request before resubmitting.</source>
        <translation>Telnyx hat die Änderungen möglicherweise übernommen: Laden Sie den Antrag neu, bevor Sie ihn erneut einreichen.</translation>
    </message>
    <message>
        <source>Telnyx may have created it: looking for orders that hold the same numbers before offering to create again…</source>
        <translation>Telnyx hat den Auftrag möglicherweise erstellt: Es wird nach Aufträgen mit denselben Nummern gesucht, bevor ein erneutes Anlegen angeboten wird…</translation>
    </message>
    <message>
        <source>The codes may have been sent: wait a few minutes for them to arrive before sending new ones (each new code replaces the last).</source>
        <translation>Die Codes wurden möglicherweise gesendet: Warten Sie einige Minuten, bis sie ankommen, bevor Sie neue anfordern (jeder neue Code ersetzt den vorherigen).</translation>
    </message>
    <message>
        <source>The message may have been delivered: check with the recipient before sending it again. Send asks once more before it sends the same message.</source>
        <translation>Die Nachricht wurde möglicherweise zugestellt: Fragen Sie beim Empfänger nach, bevor Sie sie erneut senden. „Senden“ fragt noch einmal nach, bevor dieselbe Nachricht gesendet wird.</translation>
    </message>
    <message>
        <source>The Orders list could not be searched. Check it for these numbers before creating again.</source>
        <translation>Die Auftragsliste konnte nicht durchsucht werden. Suchen Sie dort nach diesen Nummern, bevor Sie den Auftrag erneut anlegen.</translation>
    </message>
    <message>
        <source>The request list could not be searched. Check it for this business before submitting again.</source>
        <translation>Die Antragsliste konnte nicht durchsucht werden. Suchen Sie dort nach diesem Unternehmen, bevor Sie erneut einreichen.</translation>
    </message>
    <message numerus="yes">
        <source>Telnyx did create it: found %Ln request(s) with this business name and these phone numbers created in the last minutes. It is not submitted again.</source>
        <translation>
            <numerusform>Telnyx hat den Antrag tatsächlich erstellt: %Ln Antrag mit diesem Firmennamen und diesen Telefonnummern wurde in den letzten Minuten erstellt. Er wird nicht erneut eingereicht.</numerusform>
            <numerusform>Telnyx hat den Antrag tatsächlich erstellt: %Ln Anträge mit diesem Firmennamen und diesen Telefonnummern wurden in den letzten Minuten erstellt. Er wird nicht erneut eingereicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request with this business name and these phone numbers was created in the last minutes, so it was not created: you can submit again.</source>
        <translation>In den letzten Minuten wurde kein Antrag mit diesem Firmennamen und diesen Telefonnummern erstellt, der Antrag wurde also nicht angelegt: Sie können ihn erneut einreichen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) already hold these numbers (listed below). Continue with one of them from the Orders list rather than creating another.</source>
        <translation>
            <numerusform>%Ln Auftrag enthält diese Nummern bereits (unten aufgeführt). Setzen Sie ihn in der Auftragsliste fort, statt einen weiteren anzulegen.</numerusform>
            <numerusform>%Ln Aufträge enthalten diese Nummern bereits (unten aufgeführt). Setzen Sie einen davon in der Auftragsliste fort, statt einen weiteren anzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order holds these numbers, so it was not created: you can create it again.</source>
        <translation>Kein Auftrag enthält diese Nummern, der Auftrag wurde also nicht angelegt: Sie können ihn erneut anlegen.</translation>
    </message>
</context>
<context>
    <name>StatusCountChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Zeit im Status</translation>
    </message>
</context>
<context>
    <name>StatusTimeline</name>
    <message>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>Total age</source>
        <translation>Gesamtalter</translation>
    </message>
    <message>
        <source>for %1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the whole history as plain text (Ctrl+C)</source>
        <translation>Den gesamten Verlauf als reinen Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Status history · %Ln change(s)</source>
        <translation>
            <numerusform>Statusverlauf · %Ln Änderung</numerusform>
            <numerusform>Statusverlauf · %Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(updating…)</source>
        <translation>(wird aktualisiert…)</translation>
    </message>
    <message>
        <source>(could not refresh)</source>
        <translation>(Aktualisierung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Status history of %1</source>
        <translation>Statusverlauf von %1</translation>
    </message>
    <message>
        <source>Current status: %1, for %2</source>
        <translation>Aktueller Status: %1, seit %2</translation>
    </message>
    <message>
        <source>Total age: %1</source>
        <translation>Gesamtalter: %1</translation>
    </message>
    <message>
        <source>for %1 so far</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 lang</translation>
    </message>
    <message>
        <source>current, %1 so far</source>
        <translation>aktuell, seit %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Select a request to see its status history.</source>
        <translation>Wählen Sie einen Antrag aus, um seinen Statusverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Loading the status history…</source>
        <translation>Statusverlauf wird geladen…</translation>
    </message>
    <message>
        <source>The status history could not be loaded.
%1</source>
        <translation>Der Statusverlauf konnte nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>No status changes recorded yet.</source>
        <translation>Noch keine Statusänderungen erfasst.</translation>
    </message>
    <message>
        <source>Copy this entry</source>
        <translation>Diesen Eintrag kopieren</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Time in this status: %1</source>
        <translation>Zeit in diesem Status: %1</translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile kopiert</numerusform>
            <numerusform>%Ln Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>%Ln Zeile wird nach %1 exportiert…</numerusform>
            <numerusform>%Ln Zeilen werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed</source>
        <translation>Export abgebrochen; %1 wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load what needs action again (F5)</source>
        <translation>Offene Aufgaben neu laden (F5)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Toll-free verification</source>
        <translation>Gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Toll-free requests per status</source>
        <translation>Anträge für gebührenfreie Nummern nach Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Median-Wartezeit</translation>
    </message>
    <message>
        <source>Toll-free requests per status, as a table</source>
        <translation>Anträge für gebührenfreie Nummern nach Status, als Tabelle</translation>
    </message>
    <message>
        <source>Hosted numbers</source>
        <translation>Gehostete Nummern</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>Testnummer</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Loading what needs action…</source>
        <translation>Offene Aufgaben werden geladen…</translation>
    </message>
    <message>
        <source>As of %1. Oldest first; double-click or press Enter on a row to open it.</source>
        <translation>Stand: %1. Älteste zuerst; doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Partly loaded (%1); what loaded is shown.</source>
        <translation>Teilweise geladen (%1); das Geladene wird angezeigt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request %1
%2</source>
        <translation>Antrag %1
%2</translation>
    </message>
    <message>
        <source>%1: resubmit or delete</source>
        <translation>%1: erneut einreichen oder löschen</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Documents to upload</source>
        <translation>Hochzuladende Dokumente</translation>
    </message>
    <message>
        <source>Verification codes to enter</source>
        <translation>Einzugebende Bestätigungscodes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Only the newest %1 orders were read.</source>
        <translation>Nur die neuesten %1 Aufträge wurden gelesen.</translation>
    </message>
    <message>
        <source>Test invites still pending</source>
        <translation>Noch ausstehende Testeinladungen</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>The API cannot list invites: these are the ones sent from this console.</source>
        <translation>Die API kann keine Einladungen auflisten: Dies sind die von dieser Konsole gesendeten.</translation>
    </message>
</context>
<context>
    <name>TollFreeAdditionalPage</name>
    <message>
        <source>Additional information and webhook</source>
        <translation>Zusätzliche Informationen und Webhook</translation>
    </message>
    <message>
        <source>Anything else the reviewers should know, and where status changes are posted. Fields marked * are required.</source>
        <translation>Alles Weitere, was die Prüfer wissen sollten, und wohin Statusänderungen gemeldet werden. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Context for the reviewers: e.g. why more than five numbers are needed, or what changed since a previous rejection.</source>
        <translation>Kontext für die Prüfer: z. B. warum mehr als fünf Nummern benötigt werden oder was sich seit einer früheren Ablehnung geändert hat.</translation>
    </message>
    <message>
        <source>Reminders only; no marketing.</source>
        <translation>Nur Erinnerungen, kein Marketing.</translation>
    </message>
    <message>
        <source>An http(s) URL that receives a webhook when the request changes status.</source>
        <translation>Eine http(s)-URL, die einen Webhook erhält, wenn sich der Status des Antrags ändert.</translation>
    </message>
    <message>
        <source>https://hooks.example.com/telnyx/tollfree</source>
        <translation>https://hooks.example.com/telnyx/tollfree</translation>
    </message>
</context>
<context>
    <name>TollFreeArea</name>
    <message>
        <source>Toll-free verification</source>
        <translation>Gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>verification requests</source>
        <translation>Verifizierungsanträge</translation>
    </message>
</context>
<context>
    <name>TollFreeBusinessPage</name>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>The business that sends the messages, as it is registered. Fields marked * are required.</source>
        <translation>Das Unternehmen, das die Nachrichten sendet, wie es registriert ist. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>The legal name of the business, as registered (not a brand or product).</source>
        <translation>Der rechtliche Firmenname, wie registriert (keine Marke und kein Produkt).</translation>
    </message>
    <message>
        <source>Acme Dental LLC</source>
        <translation>Acme Dental LLC</translation>
    </message>
    <message>
        <source>The name customers know the business by, if it differs from the legal name. Messages should carry this name.</source>
        <translation>Der Name, unter dem Kunden das Unternehmen kennen, falls er vom rechtlichen Firmennamen abweicht. Nachrichten sollten diesen Namen enthalten.</translation>
    </message>
    <message>
        <source>Acme Smiles</source>
        <translation>Acme Smiles</translation>
    </message>
    <message>
        <source>How the business is organised.</source>
        <translation>Die Rechtsform des Unternehmens.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>The business&apos;s own website, with the scheme (https://). Reviewers check that it matches the business and shows how people opt in.</source>
        <translation>Die eigene Website des Unternehmens, mit Schema (https://). Die Prüfer kontrollieren, ob sie zum Unternehmen passt und zeigt, wie Personen ihr Opt-in geben.</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street address of the business.</source>
        <translation>Straße und Hausnummer des Unternehmens.</translation>
    </message>
    <message>
        <source>600 Congress Avenue</source>
        <translation>600 Congress Avenue</translation>
    </message>
    <message>
        <source>Suite, floor or unit, if any.</source>
        <translation>Suite, Etage oder Einheit, falls vorhanden.</translation>
    </message>
    <message>
        <source>Suite 200</source>
        <translation>Suite 200</translation>
    </message>
    <message>
        <source>City, first letter capitalised.</source>
        <translation>Stadt, mit großem Anfangsbuchstaben.</translation>
    </message>
    <message>
        <source>Austin</source>
        <translation>Austin</translation>
    </message>
    <message>
        <source>The full name of the US state or Canadian province (not the two-letter code). Type to search the list.</source>
        <translation>Der vollständige Name des US-Bundesstaats oder der kanadischen Provinz (nicht das Kürzel aus zwei Buchstaben). Tippen Sie, um die Liste zu durchsuchen.</translation>
    </message>
    <message>
        <source>Type to search, e.g. Texas</source>
        <translation>Zum Suchen tippen, z. B. Texas</translation>
    </message>
    <message>
        <source>US ZIP code or Canadian postal code.</source>
        <translation>US-ZIP-Code oder kanadische Postleitzahl.</translation>
    </message>
    <message>
        <source>78701 or K1A 0B6</source>
        <translation>78701 oder K1A 0B6</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>Unternehmensregistrierung</translation>
    </message>
    <message>
        <source>Needed for new submissions from 2026 (the API still marks them optional).</source>
        <translation>Ab 2026 für neue Einreichungen erforderlich (die API kennzeichnet die Felder noch als optional).</translation>
    </message>
    <message>
        <source>The official registration number, e.g. the Employer Identification Number (EIN) in the U.S.</source>
        <translation>Die offizielle Registrierungsnummer, z. B. die Employer Identification Number (EIN) in den USA.</translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation>12-3456789</translation>
    </message>
    <message>
        <source>The kind of registration number given, e.g. EIN. Pick one or type another.</source>
        <translation>Die Art der angegebenen Registrierungsnummer, z. B. EIN. Wählen Sie eine aus oder geben Sie eine andere ein.</translation>
    </message>
    <message>
        <source>EIN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166-1 code of the country that issued the registration, e.g. US or CA.</source>
        <translation>Zweistelliger ISO-3166-1-Code des Landes, das die Registrierung ausgestellt hat, z. B. US oder CA.</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
</context>
<context>
    <name>TollFreeContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The person at the business the reviewers can reach. Fields marked * are required.</source>
        <translation>Die Person im Unternehmen, die die Prüfer erreichen können. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>First name of the business contact.</source>
        <translation>Vorname der Kontaktperson im Unternehmen.</translation>
    </message>
    <message>
        <source>Jane</source>
        <translation>Jane</translation>
    </message>
    <message>
        <source>Last name of the business contact.</source>
        <translation>Nachname der Kontaktperson im Unternehmen.</translation>
    </message>
    <message>
        <source>Doe</source>
        <translation>Doe</translation>
    </message>
    <message>
        <source>An address at the business&apos;s own domain works best; free-mail addresses draw questions.</source>
        <translation>Am besten eine Adresse unter der eigenen Domain des Unternehmens; Freemail-Adressen führen zu Rückfragen.</translation>
    </message>
    <message>
        <source>jane.doe@example.com</source>
        <translation>jane.doe@example.com</translation>
    </message>
    <message>
        <source>In E.164: + country code and number, e.g. +15125550100. A US or Canadian number typed as (512) 555-0100 is converted when you leave the field. Not one of the toll-free numbers being verified.</source>
        <translation>Im Format E.164: + Ländervorwahl und Nummer, z. B. +15125550100. Eine als (512) 555-0100 eingegebene US- oder kanadische Nummer wird beim Verlassen des Felds umgewandelt. Nicht eine der zu verifizierenden gebührenfreien Nummern.</translation>
    </message>
    <message>
        <source>+15125550100</source>
        <translation>+15125550100</translation>
    </message>
</context>
<context>
    <name>TollFreeDetailPane</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>B&amp;earbeiten und neu einreichen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Select a verification request to see its fields and its status history.</source>
        <translation>Wählen Sie einen Verifizierungsantrag aus, um seine Felder und seinen Statusverlauf anzuzeigen.</translation>
    </message>
    <message>
        <source>Start a new request with the fields of this one</source>
        <translation>Einen neuen Antrag mit den Feldern dieses Antrags beginnen</translation>
    </message>
    <message>
        <source>Copy the request id to the clipboard, e.g. for a support ticket</source>
        <translation>Die Antrags-ID in die Zwischenablage kopieren, z. B. für ein Support-Ticket</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Doing business as</source>
        <translation>Handelsname</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesstaat oder Provinz</translation>
    </message>
    <message>
        <source>ZIP or postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrierungsnummer</translation>
    </message>
    <message>
        <source>Registration type</source>
        <translation>Registrierungsart</translation>
    </message>
    <message>
        <source>Registration country</source>
        <translation>Registrierungsland</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Monthly message volume</source>
        <translation>Monatliches Nachrichtenvolumen</translation>
    </message>
    <message>
        <source>Age-gated content</source>
        <translation>Altersbeschränkte Inhalte</translation>
    </message>
    <message>
        <source>ISV reseller</source>
        <translation>ISV/Wiederverkäufer</translation>
    </message>
    <message>
        <source>Campaign Verify token</source>
        <translation>Campaign-Verify-Token</translation>
    </message>
    <message>
        <source>Messages and opt-in</source>
        <translation>Nachrichten und Opt-in</translation>
    </message>
    <message>
        <source>Sample message</source>
        <translation>Beispielnachricht</translation>
    </message>
    <message>
        <source>Opt-in workflow</source>
        <translation>Opt-in-Ablauf</translation>
    </message>
    <message>
        <source>Opt-in images</source>
        <translation>Opt-in-Bilder</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Opt-in-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Opt-in confirmation</source>
        <translation>Opt-in-Bestätigung</translation>
    </message>
    <message>
        <source>HELP response</source>
        <translation>HELP-Antwort</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation>Gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Only requests that wait for changes from you, or that were rejected, can be edited and resubmitted. This one is &quot;%1&quot;.</source>
        <translation>Nur Anträge, die auf Änderungen von Ihnen warten oder abgelehnt wurden, können bearbeitet und neu eingereicht werden. Dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Only rejected requests can be deleted; this one is &quot;%1&quot;. Telnyx refuses to delete a request that is still under review or verified.</source>
        <translation>Nur abgelehnte Anträge können gelöscht werden; dieser hat den Status „%1“. Telnyx lehnt das Löschen von Anträgen ab, die noch geprüft werden oder verifiziert sind.</translation>
    </message>
    <message>
        <source>What to do next: fix what the reason describes, then choose Edit and resubmit. The review continues as soon as the request is resubmitted.</source>
        <translation>Nächster Schritt: Beheben Sie, was in der Begründung beschrieben ist, und wählen Sie dann „Bearbeiten und neu einreichen“. Die Prüfung wird fortgesetzt, sobald der Antrag neu eingereicht ist.</translation>
    </message>
    <message>
        <source>What to do next: fix what the reason names and send the request again with Edit and resubmit, or delete it. Duplicate starts a new request with the same fields.</source>
        <translation>Nächster Schritt: Beheben Sie, was in der Begründung genannt ist, und senden Sie den Antrag mit „Bearbeiten und neu einreichen“ erneut, oder löschen Sie ihn. „Duplizieren“ beginnt einen neuen Antrag mit denselben Feldern.</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>(no business name)</source>
        <translation>(kein Firmenname)</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>Rejected: this request needs changes or deletion</source>
        <translation>Abgelehnt: Dieser Antrag muss geändert oder gelöscht werden</translation>
    </message>
    <message>
        <source>Waiting for you: the reviewers need changes</source>
        <translation>Wartet auf Sie: Die Prüfer benötigen Änderungen</translation>
    </message>
    <message>
        <source>No reason was given. Ask Telnyx support, quoting the request id.</source>
        <translation>Es wurde keine Begründung angegeben. Wenden Sie sich unter Angabe der Antrags-ID an den Telnyx-Support.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Fix the request and send it again with every field</source>
        <translation>Den Antrag korrigieren und mit allen Feldern erneut senden</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Delete this rejected request</source>
        <translation>Diesen abgelehnten Antrag löschen</translation>
    </message>
    <message>
        <source>Copied the request id %1</source>
        <translation>Antrags-ID %1 kopiert</translation>
    </message>
    <message>
        <source>(no numbers)</source>
        <translation>(keine Nummern)</translation>
    </message>
    <message>
        <source>Delete verification request</source>
        <translation>Verifizierungsantrag löschen</translation>
    </message>
    <message>
        <source>Delete the rejected verification request for &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Den abgelehnten Verifizierungsantrag für &lt;b&gt;%1&lt;/b&gt; löschen?</translation>
    </message>
    <message>
        <source>Toll-free numbers: %1&lt;br&gt;&lt;br&gt;The request and its status history are removed for good. To try again later, use Duplicate first.</source>
        <translation>Gebührenfreie Nummern: %1&lt;br&gt;&lt;br&gt;Der Antrag und sein Statusverlauf werden endgültig entfernt. Um es später erneut zu versuchen, verwenden Sie vorher „Duplizieren“.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Antrag löschen</translation>
    </message>
    <message>
        <source>Deleting the verification request %1…</source>
        <translation>Verifizierungsantrag %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>The verification request for %1 was deleted.</source>
        <translation>Der Verifizierungsantrag für %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the verification request %1</source>
        <translation>Verifizierungsantrag %1 gelöscht</translation>
    </message>
    <message>
        <source>Could not delete the request: %1</source>
        <translation>Der Antrag konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>TollFreeFilterBar</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Toll-free number (+1…)</source>
        <translation>Gebührenfreie Nummer (+1…)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Ask the API for the requests that match these filters</source>
        <translation>Die Anträge, die diesen Filtern entsprechen, über die API abrufen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toll-free number</source>
        <translation>Gebührenfreie Nummer</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
</context>
<context>
    <name>TollFreeFormPage</name>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (nicht in der Liste)</translation>
    </message>
    <message>
        <source>To go on, fix:</source>
        <translation>Um fortzufahren, beheben Sie:</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… und %Ln weiteres.</numerusform>
            <numerusform>… und %Ln weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeImport</name>
    <message>
        <source>A quoted field is not closed: the file ends inside quotes.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen: Die Datei endet innerhalb von Anführungszeichen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The column %1 appears twice; the first one is used.</source>
        <translation>Die Spalte %1 kommt doppelt vor; die erste wird verwendet.</translation>
    </message>
    <message>
        <source>The first line names no API field. Use headers such as businessName, corporateWebsite, phoneNumbers.</source>
        <translation>Die erste Zeile nennt kein API-Feld. Verwenden Sie Spaltenüberschriften wie businessName, corporateWebsite, phoneNumbers.</translation>
    </message>
    <message>
        <source>Columns that are not API fields were ignored: %1.</source>
        <translation>Spalten, die keine API-Felder sind, wurden ignoriert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No column for the required field(s) %1: fill in what is missing in the wizard.</source>
        <translation>
            <numerusform>Keine Spalte für das Pflichtfeld %1: Ergänzen Sie die fehlenden Angaben im Assistenten.</numerusform>
            <numerusform>Keine Spalten für die Pflichtfelder %1: Ergänzen Sie die fehlenden Angaben im Assistenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1: „%2“ ist weder „yes“ noch „no“.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln cell(s) more than the header; they were ignored.</source>
        <translation>
            <numerusform>Die Zeile hat %Ln Zelle mehr als die Kopfzeile; sie wurde ignoriert.</numerusform>
            <numerusform>Die Zeile hat %Ln Zellen mehr als die Kopfzeile; sie wurden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; split it into smaller files.</source>
        <translation>%1 ist größer als 32 MB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
</context>
<context>
    <name>TollFreeImportDialog</name>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>&amp;CSV-Datei auswählen…</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Entwurf öffnen</translation>
    </message>
    <message>
        <source>Import toll-free requests from CSV</source>
        <translation>Verifizierungsanträge aus CSV importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file with one request per row and a header naming the API fields (businessName, corporateWebsite, phoneNumbers, …). Several phone numbers or image URLs go in one cell, separated by ; or spaces. Each row becomes a draft.</source>
        <translation>Wählen Sie eine CSV-Datei mit einem Antrag pro Zeile und einer Kopfzeile, die die API-Felder benennt (businessName, corporateWebsite, phoneNumbers, …). Mehrere Telefonnummern oder Bild-URLs stehen in einer Zelle, getrennt durch ; oder Leerzeichen. Aus jeder Zeile wird ein Entwurf.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Open the selected draft in the wizard to fix it.</source>
        <translation>Den ausgewählten Entwurf im Assistenten öffnen, um ihn zu korrigieren.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) created.</source>
        <translation>
            <numerusform>%Ln Entwurf erstellt.</numerusform>
            <numerusform>%Ln Entwürfe erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready to submit, </source>
        <translation>
            <numerusform>%Ln bereit zum Absenden, </numerusform>
            <numerusform>%Ln bereit zum Absenden, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need fixing in the wizard.</source>
        <translation>
            <numerusform>%Ln muss im Assistenten korrigiert werden.</numerusform>
            <numerusform>%Ln müssen im Assistenten korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>No problems; %Ln warning(s).</source>
        <translation>
            <numerusform>Keine Probleme; %Ln Warnung.</numerusform>
            <numerusform>Keine Probleme; %Ln Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeMessagesPage</name>
    <message>
        <source>Messages and opt-in</source>
        <translation>Nachrichten und Opt-in</translation>
    </message>
    <message>
        <source>A real message and how people agree to receive them. Fields marked * are required.</source>
        <translation>Eine echte Nachricht und wie Personen dem Empfang zustimmen. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>A message exactly as it will be sent: with the business name and the opt-out wording (Reply STOP to opt out). Avoid public link shorteners.</source>
        <translation>Eine Nachricht genau so, wie sie gesendet wird: mit dem Firmennamen und dem Opt-out-Hinweis (Reply STOP to opt out). Vermeiden Sie öffentliche Link-Kürzer.</translation>
    </message>
    <message>
        <source>Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out.</source>
        <translation>Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out.</translation>
    </message>
    <message>
        <source>How people agree to receive messages: where they give their number and what they are told (checkbox on a form, keyword texted, sign-up page).</source>
        <translation>Wie Personen dem Empfang von Nachrichten zustimmen: wo sie ihre Nummer angeben und was ihnen mitgeteilt wird (Kontrollkästchen in einem Formular, per SMS gesendetes Schlüsselwort, Anmeldeseite).</translation>
    </message>
    <message>
        <source>Patients tick an unchecked SMS consent box on the booking form…</source>
        <translation>Patients tick an unchecked SMS consent box on the booking form…</translation>
    </message>
    <message>
        <source>Links to screenshots of the opt-in (form, checkbox, keyword poster), one per line.</source>
        <translation>Links zu Screenshots des Opt-ins (Formular, Kontrollkästchen, Schlüsselwort-Plakat), einer pro Zeile.</translation>
    </message>
    <message>
        <source>https://example.com/opt-in-form.png  (one link per line)</source>
        <translation>https://example.com/opt-in-form.png  (ein Link pro Zeile)</translation>
    </message>
    <message>
        <source>Keywords people text to opt in, if any.</source>
        <translation>Schlüsselwörter, die Personen für das Opt-in per SMS senden, falls vorhanden.</translation>
    </message>
    <message>
        <source>START, JOIN</source>
        <translation>START, JOIN</translation>
    </message>
    <message>
        <source>The message sent right after someone opts in.</source>
        <translation>Die Nachricht, die direkt nach einem Opt-in gesendet wird.</translation>
    </message>
    <message>
        <source>Acme Dental: you are subscribed to reminders. Msg&amp;data rates may apply. Reply HELP for help, STOP to cancel.</source>
        <translation>Acme Dental: you are subscribed to reminders. Msg&amp;data rates may apply. Reply HELP for help, STOP to cancel.</translation>
    </message>
    <message>
        <source>The answer to someone who texts HELP.</source>
        <translation>Die Antwort an Personen, die HELP senden.</translation>
    </message>
    <message>
        <source>Acme Dental: for help call +1 512 555 0100. Reply STOP to cancel.</source>
        <translation>Acme Dental: for help call +1 512 555 0100. Reply STOP to cancel.</translation>
    </message>
    <message>
        <source>The privacy policy; reviewers check it says mobile numbers are not shared or sold.</source>
        <translation>Die Datenschutzerklärung; die Prüfer kontrollieren, ob darin steht, dass Mobilnummern nicht weitergegeben oder verkauft werden.</translation>
    </message>
    <message>
        <source>https://www.example.com/privacy</source>
        <translation>https://www.example.com/privacy</translation>
    </message>
    <message>
        <source>The terms and conditions of the messaging.</source>
        <translation>Die Nutzungsbedingungen für den Nachrichtenversand.</translation>
    </message>
    <message>
        <source>https://www.example.com/terms</source>
        <translation>https://www.example.com/terms</translation>
    </message>
</context>
<context>
    <name>TollFreeNumbersPage</name>
    <message>
        <source>Toll-free numbers</source>
        <translation>Gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>The numbers to verify: US or Canadian toll-free numbers (+1 %1). Type or paste them, one per line.</source>
        <translation>Die zu verifizierenden Nummern: gebührenfreie Nummern aus den USA oder Kanada (+1 %1). Geben Sie sie ein oder fügen Sie sie ein, eine pro Zeile.</translation>
    </message>
    <message>
        <source>One number per line (commas and semicolons also separate). (888) 555-0101 and 1-888-555-0101 are understood; Tidy up rewrites them as +18885550101.</source>
        <translation>Eine Nummer pro Zeile (Kommas und Semikolons trennen ebenfalls). (888) 555-0101 und 1-888-555-0101 werden erkannt; „Bereinigen“ schreibt sie als +18885550101 um.</translation>
    </message>
    <message>
        <source>+18885550101
+18775550102</source>
        <translation>+18885550101
+18775550102</translation>
    </message>
    <message>
        <source>Rewrite the numbers in E.164, one per line, without repeats.</source>
        <translation>Die Nummern in E.164 umschreiben, eine pro Zeile, ohne Duplikate.</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Noch keine Nummern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s).</source>
        <translation>
            <numerusform>%Ln Nummer.</numerusform>
            <numerusform>%Ln Nummern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s), </source>
        <translation>
            <numerusform>%Ln Nummer, </numerusform>
            <numerusform>%Ln Nummern, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a toll-free number.</source>
        <translation>
            <numerusform>davon %Ln keine gebührenfreie Nummer.</numerusform>
            <numerusform>davon %Ln keine gebührenfreien Nummern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidy &amp;up</source>
        <translation>&amp;Bereinigen</translation>
    </message>
</context>
<context>
    <name>TollFreeReadiness</name>
    <message>
        <source>Legal business name</source>
        <translation>Rechtlicher Firmenname</translation>
    </message>
    <message>
        <source>Doing business as (DBA)</source>
        <translation>Handelsname (DBA)</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Corporate website</source>
        <translation>Unternehmenswebsite</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesstaat oder Provinz</translation>
    </message>
    <message>
        <source>ZIP or postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrierungsnummer</translation>
    </message>
    <message>
        <source>Registration type</source>
        <translation>Registrierungsart</translation>
    </message>
    <message>
        <source>Registration country</source>
        <translation>Registrierungsland</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Vorname des Kontakts</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Nachname des Kontakts</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon des Kontakts</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Use case summary</source>
        <translation>Zusammenfassung des Anwendungsfalls</translation>
    </message>
    <message>
        <source>Monthly message volume</source>
        <translation>Monatliches Nachrichtenvolumen</translation>
    </message>
    <message>
        <source>Age-gated content</source>
        <translation>Altersbeschränkte Inhalte</translation>
    </message>
    <message>
        <source>ISV or reseller</source>
        <translation>ISV oder Wiederverkäufer</translation>
    </message>
    <message>
        <source>Campaign Verify token</source>
        <translation>Campaign-Verify-Token</translation>
    </message>
    <message>
        <source>Sample message</source>
        <translation>Beispielnachricht</translation>
    </message>
    <message>
        <source>Opt-in workflow</source>
        <translation>Opt-in-Ablauf</translation>
    </message>
    <message>
        <source>Opt-in screenshot URLs</source>
        <translation>URLs der Opt-in-Screenshots</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Opt-in-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Opt-in confirmation message</source>
        <translation>Opt-in-Bestätigungsnachricht</translation>
    </message>
    <message>
        <source>HELP response</source>
        <translation>HELP-Antwort</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>URL der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Terms and conditions URL</source>
        <translation>URL der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation>Gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>%1, entry %2 (%3): %4</source>
        <translation>%1, Eintrag %2 (%3): %4</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Likely rejection</source>
        <translation>Ablehnung wahrscheinlich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the accepted values. %3</source>
        <translation>%1: „%2“ ist keiner der zulässigen Werte. %3</translation>
    </message>
    <message>
        <source>%1: write the full name (for example Texas, not TX).</source>
        <translation>%1: Schreiben Sie den vollständigen Namen aus (z. B. Texas, nicht TX).</translation>
    </message>
    <message>
        <source>Choose a US state or a Canadian province from the list.</source>
        <translation>Wählen Sie einen US-Bundesstaat oder eine kanadische Provinz aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a volume from the list.</source>
        <translation>Wählen Sie ein Volumen aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a use case from the list.</source>
        <translation>Wählen Sie einen Anwendungsfall aus der Liste.</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Verwenden Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>%1 is required for the Political use case.</source>
        <translation>%1 ist für den Anwendungsfall „Political“ erforderlich.</translation>
    </message>
    <message>
        <source>%1: add at least one toll-free number.</source>
        <translation>%1: Fügen Sie mindestens eine gebührenfreie Nummer hinzu.</translation>
    </message>
    <message>
        <source>listed twice.</source>
        <translation>doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: add at least one link to a screenshot of the opt-in.</source>
        <translation>%1: Fügen Sie mindestens einen Link zu einem Screenshot des Opt-ins hinzu.</translation>
    </message>
    <message>
        <source>No business registration number (for example the EIN). It is required for new submissions from 2026.</source>
        <translation>Keine Registrierungsnummer des Unternehmens (z. B. die EIN). Sie ist ab 2026 für neue Einreichungen erforderlich.</translation>
    </message>
    <message>
        <source>No registration type (for example EIN). It is required for new submissions from 2026.</source>
        <translation>Keine Registrierungsart (z. B. EIN). Sie ist ab 2026 für neue Einreichungen erforderlich.</translation>
    </message>
    <message>
        <source>No registration country (for example US). It is required for new submissions from 2026.</source>
        <translation>Kein Registrierungsland (z. B. US). Es ist ab 2026 für neue Einreichungen erforderlich.</translation>
    </message>
    <message>
        <source>The contact e-mail is a free-mail address (%1). Use an address at the business&apos;s own domain.</source>
        <translation>Die Kontakt-E-Mail ist eine Freemail-Adresse (%1). Verwenden Sie eine Adresse unter der eigenen Domain des Unternehmens.</translation>
    </message>
    <message>
        <source>The contact e-mail domain (%1) is not the website&apos;s (%2). Reviewers look for an address at the business&apos;s own domain.</source>
        <translation>Die Domain der Kontakt-E-Mail (%1) ist nicht die der Website (%2). Die Prüfer erwarten eine Adresse unter der eigenen Domain des Unternehmens.</translation>
    </message>
    <message>
        <source>The contact phone %1 is one of the toll-free numbers being verified. Give a number where a person at the business answers.</source>
        <translation>Die Kontakttelefonnummer %1 ist eine der zu verifizierenden gebührenfreien Nummern. Geben Sie eine Nummer an, unter der eine Person im Unternehmen erreichbar ist.</translation>
    </message>
    <message>
        <source>The Political use case needs a Campaign Verify authorization token.</source>
        <translation>Der Anwendungsfall „Political“ erfordert ein Autorisierungstoken von Campaign Verify.</translation>
    </message>
    <message>
        <source>The sample message does not name the business. Start it with the name people know, e.g. &quot;%1: ...&quot;.</source>
        <translation>Die Beispielnachricht nennt das Unternehmen nicht. Beginnen Sie sie mit dem Namen, den die Empfänger kennen, z. B. „%1: ...“.</translation>
    </message>
    <message>
        <source>The sample message has no opt-out wording. Add e.g. &quot;Reply STOP to opt out.&quot;</source>
        <translation>Die Beispielnachricht enthält keinen Opt-out-Hinweis. Ergänzen Sie z. B. „Reply STOP to opt out.“</translation>
    </message>
    <message>
        <source>The sample message uses the public link shortener %1. Use full links or a shortener on your own domain.</source>
        <translation>Die Beispielnachricht verwendet den öffentlichen Link-Kürzer %1. Verwenden Sie vollständige Links oder einen Kürzer unter Ihrer eigenen Domain.</translation>
    </message>
    <message>
        <source>The opt-in workflow does not say how consent is collected. Describe the step where people agree to receive messages: a checkbox on a form, a keyword they text, a sign-up page.</source>
        <translation>Der Opt-in-Ablauf sagt nicht, wie die Einwilligung eingeholt wird. Beschreiben Sie den Schritt, in dem Personen dem Empfang von Nachrichten zustimmen: ein Kontrollkästchen in einem Formular, ein per SMS gesendetes Schlüsselwort, eine Anmeldeseite.</translation>
    </message>
    <message>
        <source>No privacy policy URL. Reviewers check that the policy says mobile numbers are not shared or sold.</source>
        <translation>Keine URL der Datenschutzerklärung. Die Prüfer kontrollieren, ob die Erklärung besagt, dass Mobilnummern nicht weitergegeben oder verkauft werden.</translation>
    </message>
    <message>
        <source>%1 uses the public link shortener %2. Give the full link.</source>
        <translation>%1 verwendet den öffentlichen Link-Kürzer %2. Geben Sie den vollständigen Link an.</translation>
    </message>
    <message>
        <source>%1 uses http:// (%2). Use an https:// address.</source>
        <translation>%1 verwendet http:// (%2). Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>%1 numbers are listed. Say in Additional information why this business needs more than five (for example one per store or department).</source>
        <translation>Es sind %1 Nummern aufgeführt. Begründen Sie unter „Zusätzliche Informationen“, warum dieses Unternehmen mehr als fünf benötigt (z. B. eine pro Filiale oder Abteilung).</translation>
    </message>
</context>
<context>
    <name>TollFreeRequestsModel</name>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation>Gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>TollFreeReviewPage</name>
    <message>
        <source>What changed since the request was sent:</source>
        <translation>Was sich seit dem Absenden des Antrags geändert hat:</translation>
    </message>
    <message>
        <source>I have read these &amp;warnings and want to submit anyway</source>
        <translation>Ich habe diese &amp;Warnungen gelesen und möchte trotzdem absenden</translation>
    </message>
    <message>
        <source>Show the &amp;JSON body</source>
        <translation>&amp;JSON-Inhalt anzeigen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Everything below is what will be sent. Check the warnings: they are the usual reasons requests come back.</source>
        <translation>Alles unten Aufgeführte wird so gesendet. Prüfen Sie die Warnungen: Sie sind die häufigsten Gründe, aus denen Anträge zurückkommen.</translation>
    </message>
    <message>
        <source>Double-click (or press Enter on) a warning to go to its field.</source>
        <translation>Doppelklicken Sie auf eine Warnung (oder drücken Sie darauf die Eingabetaste), um zu ihrem Feld zu gelangen.</translation>
    </message>
    <message>
        <source>The exact request body, as sent to the API.</source>
        <translation>Der genaue Inhalt des Antrags, wie er an die API gesendet wird.</translation>
    </message>
    <message>
        <source>Hide the &amp;JSON body</source>
        <translation>&amp;JSON-Inhalt ausblenden</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>geleert</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>These fields will be cleared: %1.</source>
        <translation>Diese Felder werden geleert: %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(geleert)</translation>
    </message>
    <message>
        <source>Nothing changed yet: the request would be resubmitted as it is.</source>
        <translation>Noch nichts geändert: Der Antrag würde unverändert neu eingereicht.</translation>
    </message>
    <message>
        <source>No readiness warnings: nothing the usual review checks would object to.</source>
        <translation>Keine Warnungen: nichts, was die übliche Prüfung beanstanden würde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) the reviewers may object to (double-click one to fix it):</source>
        <translation>
            <numerusform>%Ln Punkt, den die Prüfer beanstanden könnten (zum Beheben doppelklicken):</numerusform>
            <numerusform>%Ln Punkte, die die Prüfer beanstanden könnten (zum Beheben doppelklicken):</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix this first (page “%1”): %2</source>
        <translation>Zuerst beheben (Seite „%1“): %2</translation>
    </message>
    <message>
        <source>Tick “I have read these warnings” to submit anyway, or go back and fix them.</source>
        <translation>Setzen Sie das Häkchen bei „Ich habe diese Warnungen gelesen“, um trotzdem abzusenden, oder gehen Sie zurück und beheben Sie sie.</translation>
    </message>
    <message>
        <source>Sending the changes to Telnyx…</source>
        <translation>Die Änderungen werden an Telnyx gesendet…</translation>
    </message>
    <message>
        <source>Sending the request to Telnyx…</source>
        <translation>Der Antrag wird an Telnyx gesendet…</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>TollFreeUseCasePage</name>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>What the messages are for and how many go out. Fields marked * are required.</source>
        <translation>Wofür die Nachrichten sind und wie viele versendet werden. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>The category that fits the messages best. Political needs a Campaign Verify token.</source>
        <translation>Die Kategorie, die am besten zu den Nachrichten passt. „Political“ erfordert ein Campaign-Verify-Token.</translation>
    </message>
    <message>
        <source>Choose a use case…</source>
        <translation>Anwendungsfall auswählen…</translation>
    </message>
    <message>
        <source>In a few sentences: who receives the messages, what they are about and why they are sent.</source>
        <translation>In wenigen Sätzen: wer die Nachrichten erhält, worum es darin geht und warum sie gesendet werden.</translation>
    </message>
    <message>
        <source>Appointment reminders for patients who booked online or by phone.</source>
        <translation>Appointment reminders for patients who booked online or by phone.</translation>
    </message>
    <message>
        <source>%1 messages a month</source>
        <translation>%1 Nachrichten pro Monat</translation>
    </message>
    <message>
        <source>The expected number of messages a month.</source>
        <translation>Die erwartete Anzahl von Nachrichten pro Monat.</translation>
    </message>
    <message>
        <source>Choose the expected volume…</source>
        <translation>Erwartetes Volumen auswählen…</translation>
    </message>
    <message>
        <source>The content is age-gated (for example 18+ or 21+)</source>
        <translation>Die Inhalte sind altersbeschränkt (z. B. 18+ oder 21+)</translation>
    </message>
    <message>
        <source>Tick when the messages promote alcohol, tobacco, cannabis, gambling or other age-restricted content.</source>
        <translation>Aktivieren Sie dies, wenn die Nachrichten für Alkohol, Tabak, Cannabis, Glücksspiel oder andere altersbeschränkte Inhalte werben.</translation>
    </message>
    <message>
        <source>When you submit for another business: the name of the ISV or reseller.</source>
        <translation>Wenn Sie für ein anderes Unternehmen einreichen: der Name des ISV oder Wiederverkäufers.</translation>
    </message>
    <message>
        <source>Example Software Inc.</source>
        <translation>Example Software Inc.</translation>
    </message>
    <message>
        <source>Required for the Political use case: the authorization token from Campaign Verify.</source>
        <translation>Erforderlich für den Anwendungsfall „Political“: das Autorisierungstoken von Campaign Verify.</translation>
    </message>
    <message>
        <source>cv|1.0|tcr|10dlc|…</source>
        <translation>cv|1.0|tcr|10dlc|…</translation>
    </message>
</context>
<context>
    <name>TollFreeWizard</name>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the wizard. What you typed is kept in Drafts.</source>
        <translation>Den Assistenten schließen. Ihre Eingaben bleiben unter „Entwürfe“ erhalten.</translation>
    </message>
    <message>
        <source>Delete this draft and close the wizard.</source>
        <translation>Diesen Entwurf löschen und den Assistenten schließen.</translation>
    </message>
    <message>
        <source>Available once every field of this page is valid.</source>
        <translation>Verfügbar, sobald alle Felder dieser Seite gültig sind.</translation>
    </message>
    <message>
        <source>Telnyx&apos;s reviewers said: %1</source>
        <translation>Anmerkung der Telnyx-Prüfer: %1</translation>
    </message>
    <message>
        <source>Close the wizard; nothing is sent.</source>
        <translation>Den Assistenten schließen; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Edit toll-free verification request</source>
        <translation>Verifizierungsantrag für gebührenfreie Nummern bearbeiten</translation>
    </message>
    <message>
        <source>Edit toll-free verification request: %1</source>
        <translation>Verifizierungsantrag für gebührenfreie Nummern bearbeiten: %1</translation>
    </message>
    <message>
        <source>Re&amp;submit</source>
        <translation>&amp;Erneut einreichen</translation>
    </message>
    <message>
        <source>Send the whole form again (PATCH) so Telnyx reviews it anew.</source>
        <translation>Das gesamte Formular erneut senden (PATCH), damit Telnyx es neu prüft.</translation>
    </message>
    <message>
        <source>New toll-free verification request</source>
        <translation>Neuer Verifizierungsantrag für gebührenfreie Nummern</translation>
    </message>
    <message>
        <source>New toll-free verification request: %1</source>
        <translation>Neuer Verifizierungsantrag für gebührenfreie Nummern: %1</translation>
    </message>
    <message>
        <source>Submit &amp;again</source>
        <translation>Erneut &amp;absenden</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Ab&amp;senden</translation>
    </message>
    <message>
        <source>Send the request to Telnyx.</source>
        <translation>Den Antrag an Telnyx senden.</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Unbenannter Antrag</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Delete this draft and close the wizard? What you typed will be lost.</source>
        <translation>Diesen Entwurf löschen und den Assistenten schließen? Ihre Eingaben gehen verloren.</translation>
    </message>
    <message>
        <source>Resubmitted.</source>
        <translation>Neu eingereicht.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Abgesendet.</translation>
    </message>
    <message>
        <source>Telnyx accepted the changes, but its answer could not be read (%1).</source>
        <translation>Telnyx hat die Änderungen angenommen, aber die Antwort konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Telnyx accepted the request, but its answer could not be read (%1).</source>
        <translation>Telnyx hat den Antrag angenommen, aber die Antwort konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Do not submit it again: the request list is reloaded and shows it. Close the wizard and open it there.</source>
        <translation>Senden Sie ihn nicht erneut ab: Die Antragsliste wird neu geladen und zeigt ihn an. Schließen Sie den Assistenten und öffnen Sie den Antrag dort.</translation>
    </message>
    <message>
        <source>Everything you typed is kept in the draft.</source>
        <translation>Alle Ihre Eingaben bleiben im Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Request ID: %1 (%2).</source>
        <translation>Antrags-ID: %1 (%2).</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Telnyx did not accept %Ln field(s); they are marked in red. Fix them and submit again.</source>
        <translation>
            <numerusform>Telnyx hat %Ln Feld nicht akzeptiert; es ist rot markiert. Korrigieren Sie es und senden Sie erneut ab.</numerusform>
            <numerusform>Telnyx hat %Ln Felder nicht akzeptiert; sie sind rot markiert. Korrigieren Sie sie und senden Sie erneut ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
</context>
<context>
    <name>UrlDomainsModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>A URL cannot contain spaces.</source>
        <translation>Eine URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>Die URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL must use https://.</source>
        <translation>Die URL muss https:// verwenden.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Dies ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The URL has no host name after the ://.</source>
        <translation>Die URL hat nach :// keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>The number must start with + and the country code, for example +13125550001.</source>
        <translation>Die Nummer muss mit + und der Ländervorwahl beginnen, z. B. +13125550001.</translation>
    </message>
    <message>
        <source>Enter the country code and number after the +.</source>
        <translation>Geben Sie nach dem + die Ländervorwahl und die Nummer ein.</translation>
    </message>
    <message>
        <source>Only digits may follow the +: remove spaces, dashes, dots and parentheses.</source>
        <translation>Nach dem + dürfen nur Ziffern folgen: Entfernen Sie Leerzeichen, Bindestriche, Punkte und Klammern.</translation>
    </message>
    <message>
        <source>A country code never starts with 0.</source>
        <translation>Eine Ländervorwahl beginnt nie mit 0.</translation>
    </message>
    <message>
        <source>The number is too long: E.164 numbers have at most 15 digits.</source>
        <translation>Die Nummer ist zu lang: E.164-Nummern haben höchstens 15 Ziffern.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Toll-free numbers here are US or Canadian numbers, so they start with +1.</source>
        <translation>Gebührenfreie Nummern sind hier Nummern aus den USA oder Kanada und beginnen daher mit +1.</translation>
    </message>
    <message>
        <source>A US or Canadian number has exactly 10 digits after +1.</source>
        <translation>Eine Nummer aus den USA oder Kanada hat nach +1 genau 10 Ziffern.</translation>
    </message>
    <message>
        <source>This is not a toll-free number: after +1 it must start with %1.</source>
        <translation>Dies ist keine gebührenfreie Nummer: Nach +1 muss sie mit %1 beginnen.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Die E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse enthält genau ein @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>Put the name before the @, as in name@example.com.</source>
        <translation>Setzen Sie den Namen vor das @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ contains characters an e-mail address cannot have.</source>
        <translation>Der Teil vor dem @ enthält Zeichen, die in einer E-Mail-Adresse nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>Put the domain after the @, as in name@example.com.</source>
        <translation>Setzen Sie die Domain hinter das @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>The part after the @ must be a domain such as example.com.</source>
        <translation>Der Teil nach dem @ muss eine Domain wie example.com sein.</translation>
    </message>
    <message>
        <source>The part after the @ must end with a real top-level domain such as .com.</source>
        <translation>Der Teil nach dem @ muss auf eine echte Top-Level-Domain wie .com enden.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as US.</source>
        <translation>Geben Sie einen zweistelligen Ländercode wie US ein.</translation>
    </message>
    <message>
        <source>A country code is exactly two letters, such as US or CA.</source>
        <translation>Ein Ländercode besteht aus genau zwei Buchstaben, z. B. US oder CA.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 country code.</source>
        <translation>%1 ist kein Ländercode nach ISO 3166-1.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>Choose a PDF file.</source>
        <translation>Wählen Sie eine PDF-Datei aus.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read: check its permissions.</source>
        <translation>Die Datei kann nicht gelesen werden: Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1): copy it to a local folder and try again.</source>
        <translation>Die Datei kann nicht gelesen werden (%1): Kopieren Sie sie in einen lokalen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Die Datei ist kein PDF-Dokument.</translation>
    </message>
    <message>
        <source>The file is larger than 5 MB.</source>
        <translation>Die Datei ist größer als 5 MB.</translation>
    </message>
    <message>
        <source>The file name cannot contain # $ % &amp; or @: rename the file first.</source>
        <translation>Der Dateiname darf nicht # $ % &amp; oder @ enthalten: Benennen Sie die Datei zuerst um.</translation>
    </message>
</context>
</TS>
