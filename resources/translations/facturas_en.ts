<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name />
    <message>
        <location filename="../../ui/views/payments.py" line="40" />
        <source>Transferencia</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="41" />
        <source>Tarjeta</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="42" />
        <source>Efectivo</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="45" />
        <source>Domiciliación</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="46" />
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>No vencido</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>1–30 días</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>31–60 días</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>61–90 días</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>Más de 90 días</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="32" />
        <source>Antes del vencimiento</source>
        <translation>Before the due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="33" />
        <source>El día del vencimiento</source>
        <translation>On the due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="34" />
        <source>Primer aviso</source>
        <translation>First notice</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="35" />
        <source>Segundo aviso</source>
        <translation>Second notice</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="36" />
        <source>Último aviso</source>
        <translation>Final notice</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="37" />
        <source>Envío de factura</source>
        <translation>Invoice email</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="38" />
        <source>Envío de presupuesto</source>
        <translation>Quote email</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="39" />
        <source>Recordatorio: antes del vencimiento</source>
        <translation>Reminder: before the due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="40" />
        <source>Recordatorio: día del vencimiento</source>
        <translation>Reminder: on the due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="41" />
        <source>Recordatorio: primer aviso</source>
        <translation>Reminder: first notice</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="42" />
        <source>Recordatorio: segundo aviso</source>
        <translation>Reminder: second notice</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="43" />
        <source>Recordatorio: último aviso</source>
        <translation>Reminder: final notice</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="44" />
        <source>Recibo de pago</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="45" />
        <source>Petición de valoración</source>
        <translation>Feedback request</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <location filename="../../ui/models/aging_model.py" line="50" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="52" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="53" />
        <source>Días medios de cobro</source>
        <translation>Average days to pay</translation>
    </message>
</context>
<context>
    <name>AgingPanel</name>
    <message>
        <location filename="../../ui/views/aging_panel.py" line="32" />
        <source>Todos los clientes con saldo</source>
        <translation>All clients with a balance</translation>
    </message>
    <message>
        <location filename="../../ui/views/aging_panel.py" line="34" />
        <source>Con deuda de %1 o más</source>
        <translation>Owing %1 or more</translation>
    </message>
    <message>
        <location filename="../../ui/views/aging_panel.py" line="47" />
        <source>&lt;h3&gt;Antigüedad de la deuda&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Receivables aging&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/aging_panel.py" line="67" />
        <source>%1 (%2 fact.)</source>
        <translation>%1 (%2 inv.)</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="34" />
        <source>Eliminar…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="35" />
        <location filename="../../ui/views/archive_actions.py" line="111" />
        <source>Archivar</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="36" />
        <source>Desarchivar</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="37" />
        <source>Mostrar archivados</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="101" />
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="35" />
        <source>Asignar el ingreso de %1</source>
        <translation>Assign the credit of %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="41" />
        <source>Buscar número o cliente…</source>
        <translation>Search number or client…</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="47" />
        <source>Registrar cobro</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="96" />
        <source>Marque la factura o facturas que paga este ingreso.</source>
        <translation>Tick the invoice or invoices this credit pays.</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="99" />
        <source>El ingreso supera lo pendiente de las marcadas (%1): marque la que falta.</source>
        <translation>The credit exceeds what the ticked invoices owe (%1): tick the missing one.</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="105" />
        <source>Quedará pendiente: %1</source>
        <translation>Left outstanding: %1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="50" />
        <source>Carpeta: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="53" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="53" />
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="53" />
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="59" />
        <source>Hacer copia ahora</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="60" />
        <source>Restaurar…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="61" />
        <source>Restaurar desde archivo…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="99" />
        <source>Diaria</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="100" />
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="101" />
        <source>Antes de actualizar</source>
        <translation>Before update</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="102" />
        <source>Antes de restaurar</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="116" />
        <source>Haciendo copia…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="121" />
        <source>Copia creada: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="139" />
        <location filename="../../ui/views/backup_panel.py" line="160" />
        <source>Restaurar copia de seguridad</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="141" />
        <source>Copias de Facturas (*.sqlite3);;Todos (*)</source>
        <translation>Facturas backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="162" />
        <source>Se sustituirán los datos actuales por la copia %1. Antes se guarda una copia de los datos actuales.</source>
        <translation>The current data will be replaced by the backup %1. A copy of the current data is saved first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="168" />
        <source> y %1 más</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="171" />
        <source>La copia no contiene %1 factura(s) emitidas después; se perderán:
%2</source>
        <translation>The backup lacks %1 invoice(s) issued afterwards; they will be lost:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="175" />
        <source>Restaurar y perder %1 factura(s)</source>
        <translation>Restore and lose %1 invoice(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="180" />
        <source>Restaurar</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="150" />
        <location filename="../../ui/views/backup_panel.py" line="195" />
        <source>Restauración cancelada.</source>
        <translation>Restore cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="198" />
        <source>Restaurando…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="209" />
        <source>Restaurada. Copia de los datos anteriores: %1</source>
        <translation>Restored. Copy of the previous data: %1</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../ui/views/bank.py" line="40" />
        <source>Importar extracto…</source>
        <translation>Import statement…</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="44" />
        <source>Arrastre aquí el extracto de su banco (Norma 43 o CAMT.053).</source>
        <translation>Drop your bank statement here (Norma 43 or CAMT.053).</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="49" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="50" />
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="51" />
        <source>Concepto</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="52" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="53" />
        <source>Facturas</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="57" />
        <source>Confirmar</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="58" />
        <source>Asignar a facturas…</source>
        <translation>Assign to invoices…</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="59" />
        <source>Deshacer cruce</source>
        <translation>Undo match</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="66" />
        <source>Todos los movimientos</source>
        <translation>All transactions</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="67" />
        <location filename="../../ui/views/bank.py" line="75" />
        <source>Por confirmar</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="68" />
        <location filename="../../ui/views/bank.py" line="76" />
        <source>Sin cruzar</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="69" />
        <source>Cruzados</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="74" />
        <source>Cruzado</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="77" />
        <source>Cargo</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="78" />
        <source>Devolución</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="91" />
        <source>&lt;h2&gt;Banco&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bank&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="149" />
        <source>Importar extracto bancario</source>
        <translation>Import bank statement</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="151" />
        <source>Extractos (*.n43 *.aeb *.csb *.txt *.q43 *.xml);;Todos (*)</source>
        <translation>Statements (*.n43 *.aeb *.csb *.txt *.q43 *.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="157" />
        <source>Importando %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="168" />
        <source>%1 movimientos nuevos (%2 repetidos): %3 cobros registrados, %4 por confirmar, %5 sin cruzar.</source>
        <translation>%1 new transactions (%2 repeated): %3 payments recorded, %4 to confirm, %5 unmatched.</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="173" />
        <source>Extracto importado</source>
        <translation>Statement imported</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="203" />
        <location filename="../../ui/views/bank.py" line="214" />
        <source>Cobro registrado</source>
        <translation>Payment recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="219" />
        <source>Cruce deshecho</source>
        <translation>Match undone</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/bar_chart.py" line="69" />
        <source>Sin datos</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../ui/views/batch_export.py" line="38" />
        <source>Exportar facturas en PDF</source>
        <translation>Export invoices as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="39" />
        <source>Preparando…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="40" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="59" />
        <source>Exportando a %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="76" />
        <source>Carpeta para los PDF</source>
        <translation>Folder for the PDFs</translation>
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="91" />
        <source>Exportando %1 de %2…</source>
        <translation>Exporting %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="101" />
        <source>Exportación cancelada: se han guardado %1 PDF en %2.</source>
        <translation>Export cancelled: %1 PDF(s) saved in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="102" />
        <source>Se han guardado %1 PDF en %2.</source>
        <translation>%1 PDF(s) saved in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="107" />
        <source>No se pudo completar la exportación: %1</source>
        <translation>The export could not be completed: %1</translation>
    </message>
</context>
<context>
    <name>BusinessFields</name>
    <message>
        <location filename="../../ui/views/settings.py" line="83" />
        <source>Elegir logotipo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>Logotipo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>Imágenes (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sepa_creditor_fields.py" line="40" />
        <source> días</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>ClientArchiveActions</name>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="128" />
        <source>¿Eliminar el cliente «%1»? No se puede deshacer.</source>
        <translation>Delete the client “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="132" />
        <source>¿Archivar el cliente «%1»? Se oculta de listas y selectores; sus facturas no cambian.</source>
        <translation>Archive the client “%1”? They are hidden from lists and pickers; their invoices do not change.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="51" />
        <source>Editar cliente</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="51" />
        <source>Nuevo cliente</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="67" />
        <source>varias direcciones separadas por comas</source>
        <translation>several addresses separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="72" />
        <source> días</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="76" />
        <source>No enviarle recordatorios de pago</source>
        <translation>Do not send payment reminders to this client</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="108" />
        <source>Nombre o razón social</source>
        <translation>Name or company name</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="109" />
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="110" />
        <source>NIF / ID fiscal</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="111" />
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="112" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="113" />
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="114" />
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="115" />
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="116" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="117" />
        <source>Plazo de pago</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="118" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="120" />
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="187" />
        <source>Obligatorio para empresas</source>
        <translation>Required for companies</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="190" />
        <source>Empresa: la dirección, el código postal y la ciudad son obligatorios en sus facturas.</source>
        <translation>Company: the address, postal code and city are required on its invoices.</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="215" />
        <source>El NIF %1 ya lo tiene otro cliente: %2. ¿Guardar este cliente igualmente?</source>
        <translation>Another client already has the tax ID %1: %2. Save this client anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="217" />
        <source>NIF repetido</source>
        <translation>Duplicate tax ID</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/models/client_list.py" line="107" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="108" />
        <source>NIF</source>
        <translation>Tax ID (NIF)</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="109" />
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="110" />
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="111" />
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../ui/views/clients.py" line="126" />
        <source>Días medios de cobro: …</source>
        <translation>Average days to pay: …</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="127" />
        <source>No enviarle recordatorios de pago</source>
        <translation>Do not send payment reminders to this client</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="147" />
        <source>Facturas</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="148" />
        <source>Historial</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="149" />
        <source>Opiniones</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="180" />
        <source>Valoración media: sin opiniones</source>
        <translation>Average rating: no feedback yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="183" />
        <source>Valoración media: %1 ★ (%2)</source>
        <translation>Average rating: %1 ★ (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="197" />
        <source>Días medios de cobro: sin cobros todavía</source>
        <translation>Average days to pay: no payments yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="200" />
        <source>Días medios de cobro: %1</source>
        <translation>Average days to pay: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/clients.py" line="217" />
        <source>%n factura(s) · Facturado: {0} · Pendiente: {1}</source>
        <translation>
            <numerusform>%n invoice · Invoiced: {0} · Outstanding: {1}</numerusform>
            <numerusform>%n invoices · Invoiced: {0} · Outstanding: {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/views/invoices.py" line="57" />
        <source>Cliente…</source>
        <translation>Client…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_picker.py" line="47" />
        <source>Buscar cliente por nombre o NIF…</source>
        <translation>Search client by name or tax ID…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_picker.py" line="100" />
        <source>+ Nuevo cliente…</source>
        <translation>+ New client…</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/views/clients.py" line="44" />
        <source>Buscar por nombre, NIF, ciudad o correo…</source>
        <translation>Search by name, tax ID, city or email…</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="50" />
        <source>Nuevo cliente</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="52" />
        <source>Editar</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="54" />
        <source>Ficha y facturas</source>
        <translation>Details and invoices</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="66" />
        <source>&lt;h2&gt;Clientes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Clients&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="88" />
        <source>Cliente guardado</source>
        <translation>Client saved</translation>
    </message>
</context>
<context>
    <name>DashboardTrends</name>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="52" />
        <source>Cobrado este mes</source>
        <translation>Collected this month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="53" />
        <source>Cobrado este trimestre</source>
        <translation>Collected this quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="54" />
        <source>Días medios de cobro (DSO)</source>
        <translation>Days sales outstanding (DSO)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="55" />
        <location filename="../../ui/views/dashboard_trends.py" line="101" />
        <source>Pendiente de cobro ÷ facturado en los últimos 90 días × 90</source>
        <translation>Outstanding ÷ billed in the last 90 days × 90</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="61" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="61" />
        <source>Facturado (base)</source>
        <translation>Invoiced (base)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="64" />
        <source>&lt;h3&gt;Facturación por mes (base imponible, 12 meses)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Revenue per month (taxable base, 12 months)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="67" />
        <source>&lt;h3&gt;Mejores clientes (12 meses)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Top clients (12 months)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="107" />
        <source>Sin cifra todavía: hacen falta 30 días desde la primera factura emitida</source>
        <translation>No figure yet: it needs 30 days since the first invoice was issued</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="109" />
        <source>Sin cifra todavía: aún no se ha registrado ningún cobro</source>
        <translation>No figure yet: no payment has been recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="110" />
        <source>Nada facturado en 90 días</source>
        <translation>Nothing billed in 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="97" />
        <source>%1 días</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="99" />
        <source>Facturado en 90 días: %1</source>
        <translation>Billed in 90 days: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="110" />
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="111" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="112" />
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="113" />
        <source>Días</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="114" />
        <source>Pendiente</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="143" />
        <source>Pendiente de cobro</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="144" />
        <source>Vencido</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="145" />
        <source>Facturado este mes</source>
        <translation>Invoiced this month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="146" />
        <source>Facturado este año</source>
        <translation>Invoiced this year</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="164" />
        <source>&lt;h2&gt;Resumen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Overview&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="182" />
        <source>&lt;h3&gt;Facturas más vencidas&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Most overdue invoices&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="204" />
        <source>A devolver a clientes: %1</source>
        <translation>To refund to clients: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard.py" line="207" />
        <source>%n factura(s) vencida(s)</source>
        <translation>
            <numerusform>%n overdue invoice</numerusform>
            <numerusform>%n overdue invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="60" />
        <source>Declaración responsable</source>
        <translation>Responsible declaration</translation>
    </message>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="64" />
        <source>Español (texto de la declaración)</source>
        <translation>Spanish (the declaration itself)</translation>
    </message>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="64" />
        <source>English (traducción)</source>
        <translation>English (translation)</translation>
    </message>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="68" />
        <source>Copiar texto</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="80" />
        <source>Idioma:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>DescriptionDelegate</name>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="103" />
        <source>+ Nuevo producto…</source>
        <translation>+ New product…</translation>
    </message>
</context>
<context>
    <name>DraftDelete</name>
    <message>
        <location filename="../../ui/views/draft_delete.py" line="14" />
        <source>el borrador de «%1» del %2 (%3)</source>
        <translation>the draft for “%1” of %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/draft_delete.py" line="23" />
        <source>Eliminar borrador</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../ui/views/draft_delete.py" line="24" />
        <source>¿Eliminar %1? No se puede deshacer.</source>
        <translation>Delete %1? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>EInvoiceBatchDialog</name>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="20" />
        <source>Exportar facturas emitidas en Facturae firmada</source>
        <translation>Export issued invoices as signed Facturae</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="22" />
        <source>Exportar facturas emitidas en UBL 2.1</source>
        <translation>Export issued invoices as UBL 2.1</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="31" />
        <source>Carpeta para las facturas electrónicas</source>
        <translation>Folder for the e-invoices</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="37" />
        <source>Exportación cancelada: se han guardado %1 facturas electrónicas en %2.</source>
        <translation>Export cancelled: %1 e-invoices were saved in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="38" />
        <source>Se han guardado %1 facturas electrónicas en %2.</source>
        <translation>%1 e-invoices were saved in %2.</translation>
    </message>
</context>
<context>
    <name>EInvoiceBox</name>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="17" />
        <source>Factura electrónica</source>
        <translation>E-invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="19" />
        <source>Solo el PDF</source>
        <translation>PDF only</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="20" />
        <source>UBL 2.1 (EN 16931), junto al PDF</source>
        <translation>UBL 2.1 (EN 16931), with the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="21" />
        <source>Facturae 3.2.2 firmada, junto al PDF</source>
        <translation>Signed Facturae 3.2.2, with the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="22" />
        <source>Administración pública (FACe): códigos DIR3</source>
        <translation>Public administration (FACe): DIR3 codes</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="36" />
        <source>Enviar</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="40" />
        <source>Oficina contable</source>
        <translation>Accounting office</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="41" />
        <source>Órgano gestor</source>
        <translation>Managing body</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="42" />
        <source>Unidad tramitadora</source>
        <translation>Processing unit</translation>
    </message>
</context>
<context>
    <name>EInvoiceMenu</name>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="34" />
        <source>Esta factura en UBL 2.1…</source>
        <translation>This invoice as UBL 2.1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="36" />
        <source>Esta factura en Facturae firmada…</source>
        <translation>This invoice as signed Facturae…</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="39" />
        <source>Todas las emitidas en UBL 2.1…</source>
        <translation>All issued invoices as UBL 2.1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="41" />
        <source>Todas las emitidas en Facturae firmada…</source>
        <translation>All issued invoices as signed Facturae…</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="62" />
        <source>Factura electrónica guardada: %1</source>
        <translation>E-invoice saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="72" />
        <source>Facturae firmada (*.xsig)</source>
        <translation>Signed Facturae (*.xsig)</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="72" />
        <source>UBL (*.xml)</source>
        <translation>UBL (*.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="74" />
        <source>Guardar factura electrónica</source>
        <translation>Save e-invoice</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="55" />
        <source>Se emitirá la factura en la serie %1 con fecha %2.
Una vez emitida no se podrá modificar: solo rectificar o anular.</source>
        <translation>The invoice will be issued in series %1 dated %2.
Once issued it cannot be changed: only corrected or cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="59" />
        <source>Emitir factura</source>
        <translation>Issue invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="60" />
        <source>Emitir</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="61" />
        <location filename="../../ui/views/editor_dialogs.py" line="74" />
        <location filename="../../ui/views/editor_dialogs.py" line="118" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="68" />
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="69" />
        <source>La factura tiene cambios sin guardar. ¿Quiere guardarlos?</source>
        <translation>The invoice has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="72" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="73" />
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="89" />
        <source>Anular factura</source>
        <translation>Cancel invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="90" />
        <source>Motivo de la anulación de %1:</source>
        <translation>Reason for cancelling %1:</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="97" />
        <source>Guardar como PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="104" />
        <source>Imprimir factura</source>
        <translation>Print invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="110" />
        <source>Enviar por email</source>
        <translation>Send by email</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="112" />
        <source>Es un borrador: para enviarla hay que emitirla primero (recibirá su número definitivo y ya no se podrá modificar). ¿Emitirla ahora?</source>
        <translation>This is a draft: it must be issued before it is sent (it gets its final number and can no longer be changed). Issue it now?</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="117" />
        <source>Emitir y enviar…</source>
        <translation>Issue and send…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="97" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="100" />
        <source>Se ha producido un error inesperado. Los detalles se han guardado en el registro.</source>
        <translation>An unexpected error occurred. The details were saved in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/views/__init__.py" line="104" />
        <source>Facturas</source>
        <translation>Invoices</translation>
    </message>
</context>
<context>
    <name>ExpenseActions</name>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="32" />
        <source>Rechazar factura recibida</source>
        <translation>Reject received invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="33" />
        <source>Motivo del rechazo de la factura %1 (se comunica al proveedor):</source>
        <translation>Reason for rejecting invoice %1 (the supplier is told):</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="43" />
        <source>Marcar como pagada</source>
        <translation>Mark as paid</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="52" />
        <source>Fecha de pago de la factura %1:</source>
        <translation>Payment date of invoice %1:</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="63" />
        <source>¿Eliminar la factura %1 de %2? No se puede deshacer.</source>
        <translation>Delete invoice %1 from %2? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="68" />
        <source>Eliminar gasto</source>
        <translation>Delete expense</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="77" />
        <source>Guardar la respuesta al proveedor</source>
        <translation>Save the response to the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="79" />
        <source>ApplicationResponse UBL (*.xml)</source>
        <translation>UBL ApplicationResponse (*.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="106" />
        <source>%1: factura %2 de %3 registrada</source>
        <translation>%1: invoice %2 from %3 recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="109" />
        <source> (con observaciones: %1)</source>
        <translation> (with findings: %1)</translation>
    </message>
</context>
<context>
    <name>ExpenseAttention</name>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="50" />
        <source>1 factura recibida por responder</source>
        <translation>1 received invoice to answer</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="52" />
        <source>%1 facturas recibidas por responder</source>
        <translation>%1 received invoices to answer</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="55" />
        <source>%1 fuera de plazo</source>
        <translation>%1 past the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="56" />
        <source>el más antiguo venció el %1</source>
        <translation>the oldest was due on %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="58" />
        <source>plazo más próximo: %1</source>
        <translation>nearest deadline: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="59" />
        <source>Ver facturas recibidas</source>
        <translation>See received invoices</translation>
    </message>
</context>
<context>
    <name>ExpenseEditor</name>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="65" />
        <source>Editar gasto</source>
        <translation>Edit expense</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="65" />
        <source>Nuevo gasto</source>
        <translation>New expense</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="87" />
        <source>Factura rectificativa</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="99" />
        <source>Adjuntar archivo…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="124" />
        <source>Material de oficina</source>
        <translation>Office supplies</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="124" />
        <source>Suministros</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="124" />
        <source>Alquiler</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="125" />
        <source>Servicios profesionales</source>
        <translation>Professional services</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="125" />
        <source>Software y suscripciones</source>
        <translation>Software and subscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="126" />
        <source>Vehículo</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="126" />
        <source>Viajes y dietas</source>
        <translation>Travel and meals</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="126" />
        <source>Formación</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="127" />
        <source>Otros</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="133" />
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="139" />
        <source>Recibida el</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="144" />
        <source>% deducible</source>
        <translation>Deductible %</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="145" />
        <source>Retención IRPF %</source>
        <translation>IRPF withholding %</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="156" />
        <source>Proveedor</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="157" />
        <source>NIF / ID fiscal</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="158" />
        <source>Número de factura</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="160" />
        <source>Fecha de emisión</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="161" />
        <source>Bases e impuestos</source>
        <translation>Bases and taxes</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="162" />
        <source>Deducción</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="163" />
        <source>Categoría</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="164" />
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="165" />
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="277" />
        <source>Base: %1 · IVA: %2 · Total: %3 · IVA deducible: %4</source>
        <translation>Base: %1 · VAT: %2 · Total: %3 · Deductible VAT: %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="283" />
        <source> · Retención IRPF: %1</source>
        <translation> · IRPF withheld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="289" />
        <source>Adjuntar la factura</source>
        <translation>Attach the invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="289" />
        <source>Facturas (*.pdf *.xml *.png *.jpg *.jpeg)</source>
        <translation>Invoices (*.pdf *.xml *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="313" />
        <source>Sin archivo adjunto</source>
        <translation>No file attached</translation>
    </message>
</context>
<context>
    <name>Expenses</name>
    <message>
        <location filename="../../ui/models/expense_list.py" line="41" />
        <source>Proveedor</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="42" />
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="43" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="44" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="45" />
        <source>IVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="46" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="47" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="48" />
        <source>Origen</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="54" />
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="55" />
        <source>Aceptada</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="56" />
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="57" />
        <source>Pagada</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="62" />
        <source>Manual</source>
        <translation>Typed in</translation>
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="75" />
        <source>Responder hasta el %1</source>
        <translation>Answer by %1</translation>
    </message>
</context>
<context>
    <name>ExpensesView</name>
    <message>
        <location filename="../../ui/views/expenses.py" line="58" />
        <source>Buscar proveedor, NIF, número…</source>
        <translation>Search supplier, tax ID, number…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="60" />
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="81" />
        <source>Pendientes de responder</source>
        <translation>Awaiting response</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="82" />
        <source>Aceptadas</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="83" />
        <source>Rechazadas</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="84" />
        <source>Pagadas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="88" />
        <source>Nuevo gasto…</source>
        <translation>New expense…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="90" />
        <source>Importar factura recibida…</source>
        <translation>Import received invoice…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="93" />
        <source>&lt;h2&gt;Gastos / Facturas recibidas&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Expenses / Received invoices&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="103" />
        <source>Puede arrastrar aquí archivos PDF o XML de facturas recibidas.</source>
        <translation>You can drop PDF or XML files of received invoices here.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="116" />
        <source>Aceptar</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="118" />
        <source>Rechazar…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="120" />
        <source>Marcar pagada…</source>
        <translation>Mark paid…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="122" />
        <source>Respuesta al proveedor…</source>
        <translation>Response to supplier…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="124" />
        <source>El estado comunicado (aceptada, rechazada, pagada) como ApplicationResponse UBL 2.1</source>
        <translation>The status told (accepted, rejected, paid) as a UBL 2.1 ApplicationResponse</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="127" />
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="159" />
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="167" />
        <source>1 factura recibida · Total: {1} · IVA deducible: {2}</source>
        <translation>1 received invoice · Total: {1} · Deductible VAT: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="169" />
        <source>{0} facturas recibidas · Total: {1} · IVA deducible: {2}</source>
        <translation>{0} received invoices · Total: {1} · Deductible VAT: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="214" />
        <source>Factura %1 de %2 guardada</source>
        <translation>Invoice %1 from %2 saved</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="220" />
        <source>Importar factura recibida</source>
        <translation>Import received invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="221" />
        <source>Facturas electrónicas (*.xml *.xsig *.pdf);;Todos los archivos (*)</source>
        <translation>E-invoices (*.xml *.xsig *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="248" />
        <source>%1 no lleva la factura en XML: escríbala, el PDF queda adjunto.</source>
        <translation>%1 carries no XML invoice: type it in, the PDF stays attached.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="267" />
        <source>Factura %1 aceptada</source>
        <translation>Invoice %1 accepted</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="273" />
        <source>Factura %1 rechazada</source>
        <translation>Invoice %1 rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="279" />
        <source>Factura %1 pagada</source>
        <translation>Invoice %1 paid</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="294" />
        <source>Factura %1 de %2 eliminada</source>
        <translation>Invoice %1 from %2 deleted</translation>
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="311" />
        <source>Respuesta al proveedor guardada: %1</source>
        <translation>Response to supplier saved: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../ui/views/feedback.py" line="35" />
        <location filename="../../ui/views/feedback.py" line="40" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="35" />
        <location filename="../../ui/views/feedback.py" line="36" />
        <source>Valoraciones</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="35" />
        <location filename="../../ui/views/feedback.py" line="36" />
        <source>Media</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="36" />
        <source>Mes</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="39" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="41" />
        <source>Factura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="42" />
        <source>Valoración</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="43" />
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="55" />
        <source>Comentario (opcional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="56" />
        <source>Registrar opinión</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="63" />
        <source>Por cliente</source>
        <translation>By client</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="64" />
        <source>Por mes</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="70" />
        <source>Comentarios</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="105" />
        <source>Media general: %1 (%2 valoraciones)</source>
        <translation>Overall average: %1 (%2 ratings)</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="109" />
        <source>Todavía no hay valoraciones</source>
        <translation>No ratings yet</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/views/first_run.py" line="51" />
        <source>Bienvenido a Facturas</source>
        <translation>Welcome to Facturas</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="58" />
        <source>Su negocio</source>
        <translation>Your business</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="59" />
        <source>Estos datos aparecerán en sus facturas.</source>
        <translation>These details will appear on your invoices.</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="61" />
        <source>Nombre o razón social</source>
        <translation>Name or company name</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="62" />
        <source>Nombre comercial</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="63" />
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="64" />
        <source>NIF</source>
        <translation>Tax ID (NIF)</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="69" />
        <source>Dirección y contacto</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="70" />
        <source>La dirección fiscal y el correo de facturación.</source>
        <translation>Your registered address and billing email.</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="72" />
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="73" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="74" />
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="75" />
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="76" />
        <source>Logotipo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="83" />
        <source>Cobros e impuestos</source>
        <translation>Payments and taxes</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="84" />
        <source>Valores por defecto para las facturas nuevas.</source>
        <translation>Defaults for new invoices.</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="86" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="87" />
        <source>Serie de facturas</source>
        <translation>Invoice series</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="88" />
        <source>IVA por defecto</source>
        <translation>Default VAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="89" />
        <source>IRPF por defecto</source>
        <translation>Default IRPF withholding</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="90" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="102" />
        <source>Empezar</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="123" />
        <source>Salir de Facturas</source>
        <translation>Quit Facturas</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="124" />
        <source>Los datos de su negocio aún no se han guardado y se perderán. ¿Salir de todos modos?</source>
        <translation>Your business details have not been saved yet and will be lost. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="127" />
        <source>Salir sin guardar</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="128" />
        <source>Seguir configurando</source>
        <translation>Keep setting up</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/views/report_tables.py" line="101" />
        <source>Nada que declarar en este periodo.</source>
        <translation>Nothing to declare in this period.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <location filename="../../ui/views/global_search.py" line="27" />
        <source>Buscar en todo</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="30" />
        <source>Cliente, número de factura, presupuesto, producto…</source>
        <translation>Client, invoice number, quote, product…</translation>
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="45" />
        <source>Clientes</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="46" />
        <source>Facturas</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="47" />
        <source>Presupuestos</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="48" />
        <source>Productos</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="72" />
        <source>Nada coincide con «%1».</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="89" />
        <source>(borrador)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>InvoiceDocumentPanel</name>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="48" />
        <source>Cobro anulado</source>
        <translation>Payment removed</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="50" />
        <source>Cobro</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="59" />
        <source>Correo en cola</source>
        <translation>Email queued</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="60" />
        <source>Correo enviándose</source>
        <translation>Email sending</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="61" />
        <source>Correo enviado</source>
        <translation>Email sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="62" />
        <source>Correo no enviado</source>
        <translation>Email not sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="63" />
        <source>Correo sin confirmar</source>
        <translation>Email unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="64" />
        <source>Correo cancelado</source>
        <translation>Email cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="80" />
        <source>Recordatorio</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="82" />
        <source>Recordatorio omitido</source>
        <translation>Reminder skipped</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="92" />
        <source>Alta</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="93" />
        <source>Anulación</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="94" />
        <source>Subsanación</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="99" />
        <source>Registro VERI*FACTU</source>
        <translation>VERI*FACTU record</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="121" />
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="124" />
        <source>Cobrado %1</source>
        <translation>Collected %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="127" />
        <source>Pendiente %1</source>
        <translation>Outstanding %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="130" />
        <source>Vence %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="146" />
        <source>Registrar cobro…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="147" />
        <source>Historial de cobros…</source>
        <translation>Payment history…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="148" />
        <source>Registro VERI*FACTU…</source>
        <translation>VERI*FACTU record…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="150" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="150" />
        <source>Qué</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="150" />
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorView</name>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="87" />
        <source>Corrija los valores marcados en rojo antes de guardar.</source>
        <translation>Fix the values marked in red before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="95" />
        <source>Elija un cliente.</source>
        <translation>Choose a client.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="136" />
        <source>Línea %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="247" />
        <location filename="../../ui/views/invoice_editor.py" line="88" />
        <source>Exportar PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="248" />
        <source>La exportación a PDF está pendiente.</source>
        <translation>PDF export is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="276" />
        <source>PDF guardado: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="86" />
        <source>Guardar borrador</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="39" />
        <source>en cola</source>
        <translation>queued</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="40" />
        <source>enviándose</source>
        <translation>being sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="41" />
        <source>falló el envío</source>
        <translation>sending failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="42" />
        <source>sin confirmar</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="43" />
        <source>cancelado</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="57" />
        <source>Aceptar</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="58" />
        <source>Rechazar…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="60" />
        <source>Convertir en factura</source>
        <translation>Convert to invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="89" />
        <source>Presupuesto %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="95" />
        <source>Nueva factura proforma</source>
        <translation>New pro forma invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="97" />
        <source>Nuevo presupuesto</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="100" />
        <source>Factura proforma</source>
        <translation>Pro forma invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="102" />
        <source>Presupuesto</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="112" />
        <source>Factura proforma: sin validez fiscal ni número de factura.</source>
        <translation>Pro forma invoice: no tax validity and no invoice number.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="117" />
        <source>Presupuesto %1 — válido hasta %2</source>
        <translation>Quote %1 — valid until %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="121" />
        <source>Presupuesto (borrador) — válido hasta %2</source>
        <translation>Quote (draft) — valid until %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="131" />
        <source>Finalizar presupuesto</source>
        <translation>Finalise quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="133" />
        <location filename="../../ui/views/invoice_editor.py" line="87" />
        <source>Emitir…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="136" />
        <source>Enviar presupuesto…</source>
        <translation>Send quote…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="171" />
        <source>aceptado</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="173" />
        <source>rechazado</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="222" />
        <source>El presupuesto no se ha enviado (%1).</source>
        <translation>The quote has not been sent (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="257" />
        <source>Presupuesto rechazado</source>
        <translation>Quote rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="258" />
        <source>Motivo (opcional):</source>
        <translation>Reason (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="89" />
        <source>Rectificar…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="90" />
        <source>Anular…</source>
        <translation>Cancel invoice…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="314" />
        <source>Hay un valor no válido en las líneas (marcado en rojo).</source>
        <translation>There is an invalid value in the lines (marked in red).</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="316" />
        <source>Hay %1 valores no válidos en las líneas (marcados en rojo).</source>
        <translation>There are %1 invalid values in the lines (marked in red).</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="341" />
        <source>Factura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="345" />
        <source>Factura %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="348" />
        <source>Borrador — %1</source>
        <translation>Draft — %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="350" />
        <source>Nueva factura</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_document.py" line="43" />
        <source>Borrador de factura rectificativa: %1</source>
        <translation>Corrective invoice draft: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_document.py" line="50" />
        <source>Factura anulada %1 — %2</source>
        <translation>Cancelled invoice %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_document.py" line="55" />
        <source>Factura emitida %1</source>
        <translation>Issued invoice %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="38" />
        <location filename="../../ui/views/editor_refusals.py" line="39" />
        <location filename="../../ui/views/editor_refusals.py" line="40" />
        <location filename="../../ui/views/editor_refusals.py" line="41" />
        <location filename="../../ui/views/editor_refusals.py" line="42" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="43" />
        <source>Nombre de su negocio</source>
        <translation>Your business name</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="44" />
        <source>Tipo de factura</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="45" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="46" />
        <source>Fecha de operación</source>
        <translation>Operation date</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="61" />
        <source>No se podrá emitir así:</source>
        <translation>It cannot be issued like this:</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="160" />
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="164" />
        <source>Mostrar u ocultar el PDF junto al editor</source>
        <translation>Show or hide the PDF beside the editor</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="167" />
        <location filename="../../ui/views/editor_quotes.py" line="138" />
        <source>Enviar por email…</source>
        <translation>Send by email…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="170" />
        <source>Guardar como PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="173" />
        <source>Imprimir…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="256" />
        <source>No se pudo generar la vista previa: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="297" />
        <source>Enviar por email</source>
        <translation>Send by email</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="298" />
        <source>Una factura anulada no se puede enviar.</source>
        <translation>A cancelled invoice cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="31" />
        <source>Factura electrónica</source>
        <translation>E-invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="34" />
        <source>UBL 2.1 (EN 16931)…</source>
        <translation>UBL 2.1 (EN 16931)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="37" />
        <source>Facturae 3.2.2 firmada…</source>
        <translation>Signed Facturae 3.2.2…</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="64" />
        <source>Factura electrónica guardada: %1</source>
        <translation>E-invoice saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="81" />
        <source>Facturae firmada (*.xsig)</source>
        <translation>Signed Facturae (*.xsig)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="83" />
        <source>UBL (*.xml)</source>
        <translation>UBL (*.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="87" />
        <source>Guardar factura electrónica</source>
        <translation>Save e-invoice</translation>
    </message>
</context>
<context>
    <name>InvoiceForm</name>
    <message>
        <location filename="../../ui/views/editor_form.py" line="74" />
        <source>Transferencia bancaria</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="75" />
        <source>Tarjeta</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="76" />
        <source>Efectivo</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="77" />
        <source>Bizum</source>
        <translation>Bizum</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="78" />
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="79" />
        <source>Domiciliación bancaria</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="80" />
        <source>Otra</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="88" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="90" />
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="92" />
        <source>Fecha de emisión</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="94" />
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="96" />
        <source>Retención IRPF</source>
        <translation>IRPF withholding</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="104" />
        <source>Formas de pago</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="112" />
        <source>Notas que aparecerán en la factura</source>
        <translation>Notes printed on the invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="114" />
        <source>Gracias por su confianza</source>
        <translation>Thank you for your business</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="115" />
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="116" />
        <source>Mensaje de agradecimiento</source>
        <translation>Thank-you message</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="162" />
        <source>Rectificativa</source>
        <translation>Corrective</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="164" />
        <source>Factura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="165" />
        <source>Simplificada</source>
        <translation>Simplified</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../../ui/models/line_records.py" line="134" />
        <location filename="../../ui/models/line_records.py" line="144" />
        <source>Obligatorio</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="146" />
        <source>«%1» no es un número</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="154" />
        <source>La cantidad no puede ser cero</source>
        <translation>The quantity cannot be zero</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="156" />
        <source>No puede ser negativo</source>
        <translation>Cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="158" />
        <source>Como máximo %1</source>
        <translation>At most %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="162" />
        <source>Máximo 6 decimales</source>
        <translation>At most 6 decimals</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="164" />
        <source>Debe estar entre 0 y 100</source>
        <translation>Must be between 0 and 100</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="166" />
        <source>Tipo de IVA desconocido</source>
        <translation>Unknown VAT rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="168" />
        <source>Una línea exenta no lleva IVA</source>
        <translation>An exempt line carries no VAT</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="170" />
        <source>Recargo no válido</source>
        <translation>Invalid surcharge</translation>
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="180" />
        <source>El importe de la línea supera el máximo de una factura (%1)</source>
        <translation>The line's amount exceeds an invoice's maximum (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="64" />
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="65" />
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="66" />
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="67" />
        <source>Precio</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="68" />
        <source>Dto. %</source>
        <translation>Disc. %</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="69" />
        <source>IVA %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="70" />
        <source>Recargo %</source>
        <translation>Surcharge %</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="71" />
        <source>Exención</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="72" />
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="129" />
        <source>Editar %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="63" />
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="64" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="65" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="66" />
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="67" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="68" />
        <source>Pendiente</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="69" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="70" />
        <source>Días vencida</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="76" />
        <source>(borrador)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../ui/views/invoices.py" line="103" />
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="108" />
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="108" />
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="109" />
        <source>Buscar número, cliente, concepto…</source>
        <translation>Search number, client, description…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="125" />
        <source>Borradores</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="126" />
        <source>Emitidas</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="127" />
        <source>Enviadas</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="128" />
        <source>Con cobro parcial</source>
        <translation>Partially paid</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="129" />
        <source>Cobradas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="130" />
        <source>Vencidas</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="131" />
        <source>Anuladas</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="138" />
        <source>Nueva factura</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="140" />
        <location filename="../../ui/views/invoices.py" line="220" />
        <source>Enviar por email…</source>
        <translation>Send by email…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="143" />
        <location filename="../../ui/views/invoices.py" line="222" />
        <source>Eliminar borrador…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="146" />
        <location filename="../../ui/views/invoices.py" line="225" />
        <source>Exportar PDF de todas…</source>
        <translation>Export PDFs of all…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="148" />
        <location filename="../../ui/views/invoices.py" line="226" />
        <source>Factura electrónica</source>
        <translation>E-invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="157" />
        <source>&lt;h2&gt;Facturas&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Invoices&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="189" />
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/invoices.py" line="201" />
        <source>%n factura(s) · Total: {0} · Pendiente: {1}</source>
        <translation>
            <numerusform>%n invoice · Total: {0} · Outstanding: {1}</numerusform>
            <numerusform>%n invoices · Total: {0} · Outstanding: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="216" />
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="217" />
        <source>Duplicar</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="218" />
        <source>Emitir…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="233" />
        <location filename="../../ui/views/invoices.py" line="243" />
        <source>Enviar por email</source>
        <translation>Send by email</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="233" />
        <source>Seleccione una factura.</source>
        <translation>Select an invoice.</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="243" />
        <source>El envío por email no está disponible.</source>
        <translation>Sending by email is not available.</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="291" />
        <source>Emitir factura</source>
        <translation>Issue invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="292" />
        <source>Al emitirla se le asigna número y ya no se podrá modificar. ¿Emitir la factura?</source>
        <translation>Issuing assigns its number and it can no longer be changed. Issue the invoice?</translation>
    </message>
</context>
<context>
    <name>IrpfMethod</name>
    <message>
        <location filename="../../ui/views/irpf_method_combo.py" line="18" />
        <source>Simplificada (con gastos de difícil justificación)</source>
        <translation>Simplified (with hard-to-justify expenses)</translation>
    </message>
    <message>
        <location filename="../../ui/views/irpf_method_combo.py" line="21" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>LineErrorLabel</name>
    <message>
        <location filename="../../ui/views/editor_line_marks.py" line="50" />
        <source>Línea %1 · %2: %3</source>
        <translation>Line %1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="212" />
        <location filename="../../ui/views/editor_lines.py" line="332" />
        <source>Añadir línea</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="213" />
        <location filename="../../ui/views/editor_lines.py" line="340" />
        <source>Eliminar línea</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="214" />
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="215" />
        <source>Bajar</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="216" />
        <location filename="../../ui/views/editor_lines.py" line="372" />
        <source>Recargo de equivalencia</source>
        <translation>Equivalence surcharge</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="217" />
        <source>Añade a cada línea el recargo que corresponde a su IVA</source>
        <translation>Adds to each line the surcharge that matches its VAT rate</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="247" />
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="249" />
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="272" />
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="346" />
        <source>Mover línea</source>
        <translation>Move line</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="367" />
        <source>Elegir producto</source>
        <translation>Choose product</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="376" />
        <source>Recargo</source>
        <translation>Surcharge</translation>
    </message>
</context>
<context>
    <name>MailSettingsPanel</name>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="45" />
        <source>STARTTLS (recomendado, puerto 587)</source>
        <translation>STARTTLS (recommended, port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="46" />
        <source>SSL/TLS (puerto 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="54" />
        <source>(sin cambios)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="55" />
        <source>Solo para esta sesión (no hay llavero del sistema)</source>
        <translation>This session only (no system keyring)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="57" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="58" />
        <source>Probar conexión</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="68" />
        <source>Servidor SMTP</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="69" />
        <source>Puerto</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="70" />
        <source>Seguridad</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="71" />
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="72" />
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="74" />
        <source>Nombre del remitente</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="75" />
        <source>Dirección del remitente</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="76" />
        <source>Responder a</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="97" />
        <source>No hay llavero del sistema: la contraseña se pedirá en cada sesión.</source>
        <translation>There is no system keyring: the password will be asked for in each session.</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="137" />
        <source>Configuración guardada.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="151" />
        <source>Probando la conexión…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="160" />
        <source>Conexión correcta: </source>
        <translation>Connection OK: </translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="160" />
        <source>La prueba ha fallado: </source>
        <translation>The test failed: </translation>
    </message>
</context>
<context>
    <name>MailTemplatesPanel</name>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="69" />
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="70" />
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="75" />
        <source>Datos de ejemplo (o escriba un número de factura)</source>
        <translation>Sample data (or type an invoice number)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="77" />
        <source>Marcadores disponibles: </source>
        <translation>Available placeholders: </translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="86" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="87" />
        <source>Restaurar predeterminada</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="98" />
        <source>Plantilla</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="99" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="100" />
        <location filename="../../ui/views/mail_templates_panel.py" line="196" />
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="101" />
        <location filename="../../ui/views/mail_templates_panel.py" line="196" />
        <source>Cuerpo</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="103" />
        <source>Vista previa con</source>
        <translation>Preview with</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="109" />
        <source>&lt;h3&gt;Plantillas de correo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Email templates&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="113" />
        <source>Vista previa:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="146" />
        <source>Personalizada</source>
        <translation>Customised</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="146" />
        <source>Predeterminada</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="175" />
        <source>Plantilla guardada.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="183" />
        <source>Plantilla predeterminada restaurada.</source>
        <translation>Default template restored.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Abriendo sus datos…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73" />
        <location filename="../../ui/main_window.py" line="101" />
        <source>Listo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Actualizando sus datos para esta versión de Facturas…</source>
        <translation>Updating your data for this version of Facturas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Se hace una sola vez, después de guardar una copia de seguridad.</source>
        <translation>This happens once, after a backup copy is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Actualizando los datos…</source>
        <translation>Updating the data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Datos restaurados: todas las pantallas se han recargado.</source>
        <translation>Data restored: every screen has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>El editor de facturas no está disponible en esta versión.</source>
        <translation>The invoice editor is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Borrador guardado</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>Factura %1 anulada</source>
        <translation>Invoice %1 cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>Factura %1 emitida</source>
        <translation>Invoice %1 issued</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>Abra una factura para usar esta acción.</source>
        <translation>Open an invoice to use this action.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>&amp;Nueva factura</source>
        <translation>&amp;New invoice</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Nuevo &amp;presupuesto</source>
        <translation>New &amp;quote</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>&amp;Guardar borrador</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>&amp;PDF / Imprimir…</source>
        <translation>&amp;PDF / Print…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>&amp;Buscar en esta lista</source>
        <translation>&amp;Search this list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310" />
        <source>Buscar en &amp;todo…</source>
        <translation>Search &amp;everything…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332" />
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>&amp;Declaración responsable</source>
        <translation>&amp;Responsible declaration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334" />
        <source>&amp;Acerca de Facturas</source>
        <translation>&amp;About Facturas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>Principal</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365" />
        <source>Acerca de Facturas</source>
        <translation>About Facturas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366" />
        <source>&lt;b&gt;Facturas&lt;/b&gt; {0}&lt;br&gt;Facturación local para autónomos y pymes.</source>
        <translation>&lt;b&gt;Facturas&lt;/b&gt; {0}&lt;br&gt;Local-first invoicing for freelancers and small businesses.</translation>
    </message>
</context>
<context>
    <name>MandateBox</name>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="37" />
        <source>Domiciliación SEPA</source>
        <translation>SEPA direct debit</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="47" />
        <source>sin fecha</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="54" />
        <source>Guardar mandato</source>
        <translation>Save mandate</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="62" />
        <source>IBAN del cargo</source>
        <translation>IBAN to debit</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="66" />
        <source>Referencia del mandato</source>
        <translation>Mandate reference</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="68" />
        <source>Fecha de firma</source>
        <translation>Signature date</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="64" />
        <source>Esquema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="78" />
        <source>Guarde primero el cliente para añadir su mandato.</source>
        <translation>Save the client first to add their mandate.</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="93" />
        <source>Sin mandato: sus facturas no se remesan.</source>
        <translation>No mandate: their invoices are not collected by direct debit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="95" />
        <source>Próximo adeudo: primero (FRST)</source>
        <translation>Next debit: first (FRST)</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="96" />
        <source>Próximo adeudo: recurrente (RCUR)</source>
        <translation>Next debit: recurring (RCUR)</translation>
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="113" />
        <source>Mandato guardado.</source>
        <translation>Mandate saved.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../ui/widgets/money.py" line="54" />
        <source>%1 a devolver</source>
        <translation>%1 to refund</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="61" />
        <source>Resumen</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="62" />
        <source>Clientes</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="63" />
        <source>Productos</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="64" />
        <source>Facturas</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="65" />
        <source>Presupuestos</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="66" />
        <source>Recurrentes</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="67" />
        <source>Cobros</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="68" />
        <source>Banco</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="69" />
        <source>Gastos</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="70" />
        <source>Informes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="71" />
        <source>Bandeja de salida</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="72" />
        <source>Ajustes</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NewRemittanceDialog</name>
    <message>
        <location filename="../../ui/views/remittances.py" line="66" />
        <source>Nueva remesa SEPA</source>
        <translation>New SEPA remittance</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="76" />
        <location filename="../../ui/views/remittances.py" line="84" />
        <source>Factura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="77" />
        <location filename="../../ui/views/remittances.py" line="84" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="78" />
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="79" />
        <source>Secuencia</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="80" />
        <source>Mandato</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="84" />
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="88" />
        <source>Guardar remesa…</source>
        <translation>Save remittance…</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="99" />
        <source>Fecha de cargo</source>
        <translation>Collection date</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="112" />
        <source>La primera fecha posible es el %1: preaviso acordado y día hábil TARGET2.</source>
        <translation>The earliest possible date is %1: the agreed pre-notification and a TARGET2 business day.</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="137" />
        <source>%1 adeudo(s) · Total: %2 · Cargo el %3</source>
        <translation>%1 debit(s) · Total: %2 · Collected on %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="141" />
        <source>Excluidas (%1)</source>
        <translation>Excluded (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="148" />
        <source>Guardar remesa</source>
        <translation>Save remittance</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="148" />
        <source>SEPA XML (*.xml)</source>
        <translation>SEPA XML (*.xml)</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Para</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="47" />
        <source>Reintentar</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="48" />
        <source>Cancelar envío</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="49" />
        <source>Marcar como enviado</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="50" />
        <source>Solo si ha comprobado que el mensaje llegó</source>
        <translation>Only if you have checked that the message arrived</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="70" />
        <source>En cola</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="71" />
        <source>Enviando</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="72" />
        <source>Enviado</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="73" />
        <source>Fallido</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="74" />
        <source>Desconocido</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="75" />
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="132" />
        <source>Un momento…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/views/payments.py" line="66" />
        <source>Registrar cobro</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="66" />
        <location filename="../../ui/views/payments.py" line="88" />
        <source>Registrar devolución</source>
        <translation>Record refund</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="78" />
        <source>Nº de operación, concepto…</source>
        <translation>Transaction no., description…</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="88" />
        <source>Registrar</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="93" />
        <source>Factura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="94" />
        <source>Pendiente</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="94" />
        <source>A devolver</source>
        <translation>To refund</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="97" />
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="98" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="99" />
        <source>Forma de pago</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="100" />
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>PaymentHistoryDialog</name>
    <message>
        <location filename="../../ui/views/payment_history.py" line="35" />
        <source>Cobros de la factura %1</source>
        <translation>Payments of invoice %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="40" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="41" />
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="42" />
        <source>Forma de pago</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="43" />
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="44" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="48" />
        <source>Anular cobro…</source>
        <translation>Void payment…</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="54" />
        <source>Los cobros anulados se conservan en el historial.</source>
        <translation>Voided payments are kept in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="75" />
        <source>Anulado: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="75" />
        <source>Vigente</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="109" />
        <source>Anular cobro</source>
        <translation>Void payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="110" />
        <source>¿Anular el cobro de %1? Quedará en el historial. Motivo:</source>
        <translation>Void the payment of %1? It stays in the history. Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="120" />
        <source>Facturas</source>
        <translation>Invoices</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <location filename="../../ui/views/payments.py" line="154" />
        <source>Buscar número o cliente…</source>
        <translation>Search number or client…</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="160" />
        <source>Registrar cobro</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="165" />
        <source>Historial de cobros…</source>
        <translation>Payment history…</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="168" />
        <source>Remesas SEPA…</source>
        <translation>SEPA remittances…</translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="179" />
        <source>&lt;h2&gt;Cobros pendientes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Outstanding payments&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/payments.py" line="212" />
        <source>%n factura(s) pendiente(s) · Pendiente: {0}</source>
        <translation>
            <numerusform>%n outstanding invoice · Outstanding: {0}</numerusform>
            <numerusform>%n outstanding invoices · Outstanding: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="224" />
        <source>Cobro registrado</source>
        <translation>Payment recorded</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="96" />
        <source>Vista previa no disponible (falta el módulo QtPdf).</source>
        <translation>Preview not available (the QtPdf module is missing).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="106" />
        <source>Alejar (Ctrl+rueda)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="107" />
        <source>Acercar (Ctrl+rueda)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="108" />
        <source>Tamaño real</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="111" />
        <source>Ajustar al ancho</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="112" />
        <source>Ajustar la página al ancho del panel</source>
        <translation>Fit the page to the panel's width</translation>
    </message>
</context>
<context>
    <name>PdfTemplatePanel</name>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="63" />
        <source>Clásica</source>
        <translation>Classic</translation>
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="63" />
        <source>Moderna</source>
        <translation>Modern</translation>
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="63" />
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="76" />
        <source>Usar esta plantilla en los PDF</source>
        <translation>Use this template for PDFs</translation>
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="83" />
        <source>Se usa en los PDF de todas las facturas que no tengan una plantilla propia, en la aplicación y en la línea de órdenes.</source>
        <translation>Used for the PDFs of every invoice without a template of its own, in the app and on the command line.</translation>
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="90" />
        <source>&lt;h3&gt;Plantilla de las facturas en PDF&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Invoice PDF template&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="143" />
        <source>Plantilla guardada: %1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>ProductArchiveActions</name>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="151" />
        <source>¿Eliminar el producto «%1»? No se puede deshacer.</source>
        <translation>Delete the product “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="154" />
        <source>¿Archivar el producto «%1»? Se oculta del catálogo; los documentos no cambian.</source>
        <translation>Archive the product “%1”? It is hidden from the catalogue; documents do not change.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/views/products.py" line="47" />
        <source>Editar producto</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="47" />
        <source>Nuevo producto</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="51" />
        <source>h, ud., mes…</source>
        <translation>h, unit, month…</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="69" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="70" />
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="71" />
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="72" />
        <source>Precio</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="73" />
        <source>IVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="99" />
        <source>Precio: escriba un importe, por ejemplo 85,50</source>
        <translation>Price: enter an amount, for example 85.50</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>Precio</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>IVA</source>
        <translation>VAT</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../ui/views/products.py" line="128" />
        <source>Buscar por nombre o código…</source>
        <translation>Search by name or code…</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="134" />
        <source>Nuevo producto</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="136" />
        <source>Editar</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="151" />
        <source>&lt;h2&gt;Productos y servicios&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Products and services&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="174" />
        <source>Producto guardado</source>
        <translation>Product saved</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <location filename="../../ui/views/quotes.py" line="41" />
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="42" />
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="43" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="44" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="45" />
        <source>Válido hasta</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="46" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="47" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="58" />
        <source>Incluir proformas</source>
        <translation>Include pro formas</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="66" />
        <source>Nuevo presupuesto</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="67" />
        <source>Nueva proforma</source>
        <translation>New pro forma</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="68" />
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="69" />
        <source>Enviar…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="70" />
        <source>Aceptado → factura</source>
        <translation>Accepted → invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="71" />
        <source>Rechazado…</source>
        <translation>Rejected…</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="97" />
        <source>Aceptado</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="99" />
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="101" />
        <source>Caducado</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="102" />
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="102" />
        <source>Emitido</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="102" />
        <source>Enviado</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="111" />
        <source>Proforma</source>
        <translation>Pro forma</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="111" />
        <source>Presupuesto</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="152" />
        <source>Enviado a %1</source>
        <translation>Sent to %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="152" />
        <source>No enviado (%1)</source>
        <translation>Not sent (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="164" />
        <source>Convertido en factura borrador</source>
        <translation>Turned into a draft invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="169" />
        <source>Presupuesto rechazado</source>
        <translation>Quote rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="169" />
        <source>Motivo (opcional):</source>
        <translation>Reason (optional):</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="243" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="244" />
        <source>Mes</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="246" />
        <source>Por cliente</source>
        <translation>By client</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="247" />
        <source>Por mes</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="250" />
        <source>&lt;h3&gt;Valoraciones&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ratings&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="256" />
        <source>Media</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="256" />
        <source>Nº</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="265" />
        <source>Todavía no hay valoraciones de clientes.</source>
        <translation>No client ratings yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="268" />
        <source>Media: %1 ★ sobre %2 valoraciones</source>
        <translation>Average: %1 ★ over %2 ratings</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="131" />
        <source>Rectificar %1</source>
        <translation>Correct %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="133" />
        <source>p. ej. error en el precio de la línea 2</source>
        <translation>e.g. wrong price on line 2</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="139" />
        <source>Por sustitución (importes corregidos completos)</source>
        <translation>By substitution (the corrected full amounts)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="140" />
        <source>Por diferencias (solo la diferencia)</source>
        <translation>By differences (only the difference)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="143" />
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="144" />
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="145" />
        <source>Método</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="149" />
        <source>Crear rectificativa</source>
        <translation>Create corrective invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="150" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="166" />
        <source>Se creará un borrador con las líneas en negativo (devolución total): déjelas en la diferencia. Lo que ya se pagó y no se deba se podrá registrar como devolución.</source>
        <translation>A draft is created with the lines negated (a full return): bring them down to the difference. What was paid and is not owed can then be recorded as a refund.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="172" />
        <source>Se creará un borrador rectificativo con las líneas actuales para que las corrija.</source>
        <translation>A corrective draft with the current lines will be created for you to correct.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="177" />
        <source>Error fundado en derecho (art. 80.Uno, Dos y Seis)</source>
        <translation>Legal grounds (art. 80.One, Two and Six)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="178" />
        <source>Concurso de acreedores (art. 80.Tres)</source>
        <translation>Insolvency proceedings (art. 80.Three)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="179" />
        <source>Créditos incobrables (art. 80.Cuatro)</source>
        <translation>Bad debts (art. 80.Four)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="180" />
        <source>Otras causas</source>
        <translation>Other causes</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="181" />
        <source>Rectificación de factura simplificada</source>
        <translation>Correction of a simplified invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="189" />
        <source>Indique el motivo</source>
        <translation>Give the reason</translation>
    </message>
</context>
<context>
    <name>RecurringView</name>
    <message>
        <location filename="../../ui/views/recurring.py" line="37" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="38" />
        <source>Periodicidad</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="39" />
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="40" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="41" />
        <source>Próxima</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="42" />
        <source>Emitidas</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="43" />
        <source>Envío automático</source>
        <translation>Auto-send</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="44" />
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="48" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="48" />
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="48" />
        <source>Enviada</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="53" />
        <source>Emitir ahora lo pendiente</source>
        <translation>Issue what is due now</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="56" />
        <source>Nueva…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="57" />
        <source>Editar…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="58" />
        <source>Pausar</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="59" />
        <source>Reanudar</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="60" />
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="236" />
        <source>Eliminar factura recurrente</source>
        <translation>Delete recurring invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="237" />
        <source>¿Eliminar la programación de %1?</source>
        <translation>Delete the schedule for %1?</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="99" />
        <source>Semanal</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="100" />
        <source>Mensual</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="101" />
        <source>Trimestral</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="102" />
        <source>Anual</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="109" />
        <source>Tras %1 facturas</source>
        <translation>After %1 invoices</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="119" />
        <location filename="../../ui/views/recurring.py" line="172" />
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="119" />
        <location filename="../../ui/views/recurring.py" line="172" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="126" />
        <source>Terminada</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="126" />
        <source>En pausa</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="157" />
        <source>Ya emitió facturas: páusela en su lugar</source>
        <translation>It has already issued invoices: pause it instead</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="182" />
        <source>%1 factura(s) emitida(s)</source>
        <translation>%1 invoice(s) issued</translation>
    </message>
</context>
<context>
    <name>RemindersSettingsPanel</name>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="46" />
        <source>Enviar recordatorios de pago automáticamente</source>
        <translation>Send payment reminders automatically</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="47" />
        <source>Enviar un recibo al cliente al registrar un cobro</source>
        <translation>Email the client a receipt when a payment is recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="52" />
        <source>Etapa</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="53" />
        <source>Días respecto al vencimiento</source>
        <translation>Days from the due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="54" />
        <source>Adjuntar requerimiento de pago</source>
        <translation>Attach a formal demand for payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="70" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="74" />
        <source>&lt;h3&gt;Recordatorios y recibos&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Reminders and receipts&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="78" />
        <source>Vista previa del correo de cada etapa:</source>
        <translation>Preview of each stage’s email:</translation>
    </message>
</context>
<context>
    <name>RemittancesDialog</name>
    <message>
        <location filename="../../ui/views/remittances.py" line="176" />
        <source>Remesas SEPA</source>
        <translation>SEPA remittances</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="179" />
        <source>Fecha de cargo</source>
        <translation>Collection date</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="180" />
        <source>Esquema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="181" />
        <source>Adeudos</source>
        <translation>Debits</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="182" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="183" />
        <source>Fichero</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="186" />
        <source>Nueva remesa…</source>
        <translation>New remittance…</translation>
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="188" />
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../ui/views/report_labels.py" line="22" />
        <source>Fecha expedición</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="23" />
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="24" />
        <source>Tipo factura</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="25" />
        <source>Rectifica a</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="26" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="27" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="28" />
        <source>NIF cliente</source>
        <translation>Client tax ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="29" />
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="30" />
        <source>Exención/Calificación</source>
        <translation>Exemption/Qualification</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="31" />
        <source>Base imponible</source>
        <translation>Taxable base</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="32" />
        <source>Tipo IVA %</source>
        <translation>VAT rate %</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="33" />
        <source>Cuota IVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="34" />
        <source>Tipo RE %</source>
        <translation>Surcharge rate %</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="35" />
        <source>Cuota RE</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="36" />
        <source>Retención IRPF</source>
        <translation>IRPF withheld</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="37" />
        <source>Total factura</source>
        <translation>Invoice total</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="38" />
        <source>Modelo</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="39" />
        <source>Casilla</source>
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="40" />
        <source>Concepto</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="41" />
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="42" />
        <source>NIF</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="43" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="44" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="45" />
        <source>1T</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="46" />
        <source>2T</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="47" />
        <source>3T</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="48" />
        <source>4T</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="49" />
        <source>NIF-IVA</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="50" />
        <source>Trimestre</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="51" />
        <source>Clave</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="52" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="53" />
        <source>emitida</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="54" />
        <source>anulada</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="55" />
        <source>Modificación bases (rectificativas)</source>
        <translation>Base adjustments (corrective invoices)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="56" />
        <source>Modificación cuotas (rectificativas)</source>
        <translation>VAT adjustments (corrective invoices)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="57" />
        <source>Modificación bases RE</source>
        <translation>Surcharge base adjustments</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="58" />
        <source>Modificación cuotas RE</source>
        <translation>Surcharge adjustments</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="59" />
        <source>Total cuota devengada</source>
        <translation>Total VAT accrued</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="60" />
        <source>Entregas intracomunitarias de bienes y servicios</source>
        <translation>Intra-EU supplies of goods and services</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="61" />
        <source>Exportaciones y operaciones asimiladas</source>
        <translation>Exports and similar operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="62" />
        <source>Operaciones no sujetas por reglas de localización</source>
        <translation>Not subject to Spanish VAT (place-of-supply rules)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="63" />
        <source>Operaciones con inversión del sujeto pasivo</source>
        <translation>Reverse-charge operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="64" />
        <source>Ingresos computables (acumulado del año)</source>
        <translation>Income (year to date)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="65" />
        <source>Retenciones e ingresos a cuenta (acumulado)</source>
        <translation>Withholdings and payments on account (year to date)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="66" />
        <source>No sujeta (N1/N2)</source>
        <translation>Not subject (N1/N2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="67" />
        <source>IRPF retenido en el periodo</source>
        <translation>IRPF withheld in the period</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="68" />
        <source>Facturas del periodo</source>
        <translation>Invoices in the period</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="70" />
        <source>Base cuotas soportadas en operaciones interiores corrientes</source>
        <translation>Base of input VAT, current domestic operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="71" />
        <source>Cuotas soportadas en operaciones interiores corrientes</source>
        <translation>Input VAT, current domestic operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="72" />
        <source>Rectificación de deducciones (base)</source>
        <translation>Deduction adjustments (base)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="73" />
        <source>Rectificación de deducciones (cuota)</source>
        <translation>Deduction adjustments (VAT)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="74" />
        <source>Total a deducir</source>
        <translation>Total deductible</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="75" />
        <source>Resultado régimen general</source>
        <translation>General regime result</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="76" />
        <source>Gastos fiscalmente deducibles (acumulado)</source>
        <translation>Deductible expenses (year to date)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="77" />
        <source>Rendimiento neto (01 − 02)</source>
        <translation>Net earnings (01 − 02)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="78" />
        <source>20 % del rendimiento neto positivo</source>
        <translation>20% of positive net earnings</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="79" />
        <source>Pagos fraccionados de trimestres anteriores</source>
        <translation>Instalments of earlier quarters</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="80" />
        <source>Pago fraccionado previo (04 − 05 − 06)</source>
        <translation>Preliminary instalment (04 − 05 − 06)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="81" />
        <source>Pago fraccionado a ingresar</source>
        <translation>Instalment to pay</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="86" />
        <source>Base %1</source>
        <translation>Base %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="87" />
        <source>Tipo %1</source>
        <translation>Rate %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="88" />
        <source>Cuota %1</source>
        <translation>VAT %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="89" />
        <source>Base RE %1</source>
        <translation>Surcharge base %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="90" />
        <source>Tipo RE %1</source>
        <translation>Surcharge rate %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="91" />
        <source>Cuota RE %1</source>
        <translation>Surcharge %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="93" />
        <source>Exenta %1</source>
        <translation>Exempt %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="94" />
        <source>Sin casilla: IVA %1 RE %2 (base)</source>
        <translation>No box: VAT %1, surcharge %2 (base)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports.py" line="61" />
        <source>Año completo</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="63" />
        <source>{n}.º trimestre</source>
        <translation>Q{n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="65" />
        <source>Actualizar</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="66" />
        <source>Exportar libro (CSV)…</source>
        <translation>Export book (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="67" />
        <source>Exportar libro (Excel)…</source>
        <translation>Export book (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="68" />
        <source>Libro de facturas recibidas…</source>
        <translation>Received invoices book…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="70" />
        <source>El libro registro de facturas recibidas del periodo, en CSV o Excel</source>
        <translation>The period’s register of received invoices, as CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="72" />
        <source>Paquete trimestral para la gestoría…</source>
        <translation>Quarterly pack for the accountant…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="85" />
        <source>Libro de facturas expedidas</source>
        <translation>Issued invoices book</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="86" />
        <source>IVA (303) e IRPF (130)</source>
        <translation>VAT (303) and IRPF (130)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="87" />
        <source>Modelo 347</source>
        <translation>Form 347</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="88" />
        <source>Modelo 349</source>
        <translation>Form 349</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="101" />
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="103" />
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="127" />
        <source>Calculando…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="147" />
        <source>{n} facturas en el libro del periodo {p}</source>
        <translation>{n} invoices in the book for {p}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="176" />
        <location filename="../../ui/views/reports.py" line="196" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="176" />
        <location filename="../../ui/views/reports.py" line="196" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="178" />
        <source>Exportar libro</source>
        <translation>Export book</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="190" />
        <source>Exportando el libro a {name}…</source>
        <translation>Exporting the book to {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="199" />
        <source>Libro de facturas recibidas</source>
        <translation>Received invoices book</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="218" />
        <source>Exportando el libro de facturas recibidas a {name}…</source>
        <translation>Exporting the received invoices book to {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="228" />
        <source>Carpeta para el paquete de la gestoría</source>
        <translation>Folder for the accountant’s pack</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="239" />
        <source>Preparando el paquete de la gestoría…</source>
        <translation>Preparing the accountant’s pack…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="249" />
        <source>Guardado en {path}</source>
        <translation>Saved in {path}</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="75" />
        <source>Editar factura recurrente</source>
        <translation>Edit recurring invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="75" />
        <source>Nueva factura recurrente</source>
        <translation>New recurring invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="93" />
        <source>Con estas líneas</source>
        <translation>With these lines</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="94" />
        <source>Igual que la factura</source>
        <translation>Like the invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="100" />
        <source>número, p. ej. F-2026-0001</source>
        <translation>number, e.g. F-2026-0001</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="103" />
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="103" />
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="103" />
        <source>Precio</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="103" />
        <source>IVA %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="110" />
        <source>Añadir línea</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="111" />
        <source>Quitar línea</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="120" />
        <source>Sin fin</source>
        <translation>No end</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="121" />
        <source>En una fecha</source>
        <translation>On a date</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="122" />
        <source>Tras un número de facturas</source>
        <translation>After a number of invoices</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="128" />
        <source> facturas en total</source>
        <translation> invoices in all</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="129" />
        <source>Enviar cada factura por correo al emitirla</source>
        <translation>Email each invoice when it is issued</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="166" />
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="167" />
        <source>Contenido</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="168" />
        <source>Factura modelo</source>
        <translation>Model invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="169" />
        <source>Líneas</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="171" />
        <source>Retención IRPF %</source>
        <translation>IRPF withholding %</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="172" />
        <source>Periodicidad</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="173" />
        <source>Próxima fecha</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="174" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="258" />
        <source>Indique el número de la factura modelo</source>
        <translation>Enter the model invoice's number</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="261" />
        <source>Elija un cliente</source>
        <translation>Choose a client</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="263" />
        <source>Añada al menos una línea</source>
        <translation>Add at least one line</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="326" />
        <source>Semanal</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="327" />
        <source>Mensual</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="328" />
        <source>Trimestral</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="329" />
        <source>Anual</source>
        <translation>Yearly</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="102" />
        <source>Enviar factura por email</source>
        <translation>Send invoice by email</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="105" />
        <source>Preparando el mensaje…</source>
        <translation>Preparing the message…</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="114" />
        <source>cliente@ejemplo.com, otra@ejemplo.com</source>
        <translation>client@example.com, other@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="115" />
        <source>Enviarme una copia</source>
        <translation>Send me a copy</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="126" />
        <source>Para</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="128" />
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="129" />
        <source>Mensaje</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="130" />
        <source>Adjunto</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="131" />
        <source>El texto sale de las plantillas de Ajustes → Correo.</source>
        <translation>The text comes from the templates in Settings → Email.</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="134" />
        <source>Enviar</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="136" />
        <source>Abrir Ajustes → Correo</source>
        <translation>Open Settings → Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="137" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="158" />
        <source>Factura %1 a %2</source>
        <translation>Invoice %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="168" />
        <source>El correo no está configurado. Indique su servidor de correo en Ajustes → Correo y vuelva a intentarlo.</source>
        <translation>Email is not set up. Enter your mail server in Settings → Email and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="176" />
        <source>Enviarme una copia (a %1)</source>
        <translation>Send me a copy (to %1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="179" />
        <source>El cliente no tiene email: escriba la dirección.</source>
        <translation>The client has no email address: type one.</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="194" />
        <source>Escriba al menos una dirección de email.</source>
        <translation>Type at least one email address.</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="201" />
        <source>Enviando…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="211" />
        <source>Contraseña del correo</source>
        <translation>Email password</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="212" />
        <source>Contraseña SMTP de %1 (solo se recordará hasta cerrar la aplicación):</source>
        <translation>SMTP password for %1 (remembered only until the app is closed):</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="227" />
        <source>Enviada a %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="232" />
        <source>No se ha podido enviar ahora; queda en la bandeja de salida y se reintentará automáticamente. %1</source>
        <translation>It could not be sent now; it stays in the outbox and will be retried automatically. %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="238" />
        <source>%1 Compruébelo en la bandeja de salida antes de reenviarlo.</source>
        <translation>%1 Check the outbox before sending it again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="242" />
        <source>No se ha enviado. %1</source>
        <translation>Not sent. %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="257" />
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="239" />
        <source>Guardar cambios</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="266" />
        <source>Negocio</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="267" />
        <source>Plantilla PDF</source>
        <translation>PDF template</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="268" />
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="269" />
        <source>Recordatorios y recibos</source>
        <translation>Reminders and receipts</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="270" />
        <source>Plantillas de correo</source>
        <translation>Email templates</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="271" />
        <source>Copias de seguridad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="273" />
        <source>Aplicación</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="279" />
        <source>&lt;h2&gt;Ajustes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="286" />
        <source>Nombre o razón social</source>
        <translation>Name or company name</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="287" />
        <source>Nombre comercial</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="288" />
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="289" />
        <source>NIF</source>
        <translation>Tax ID (NIF)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="290" />
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="291" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="292" />
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="293" />
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="294" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="295" />
        <source>Identificador de acreedor SEPA</source>
        <translation>SEPA creditor identifier</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="296" />
        <source>Días de preaviso</source>
        <translation>Pre-notification days</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="297" />
        <source>Serie de facturas</source>
        <translation>Invoice series</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="298" />
        <source>IVA por defecto</source>
        <translation>Default VAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="299" />
        <source>IRPF por defecto</source>
        <translation>Default IRPF withholding</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="300" />
        <source>Estimación directa (IRPF)</source>
        <translation>Direct estimation (IRPF)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="301" />
        <source>Idioma de los documentos</source>
        <translation>Document language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="302" />
        <source>Logotipo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="308" />
        <source>&lt;h3&gt;Datos del negocio&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Business details&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="322" />
        <source>Idioma de la aplicación</source>
        <translation>Application language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="325" />
        <source>&lt;h3&gt;Aplicación&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Application&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="333" />
        <source>El cambio de idioma se aplica al reiniciar.</source>
        <translation>The language change applies after a restart.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="377" />
        <source>Cambios guardados.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="243" />
        <source>No se pueden abrir los datos</source>
        <translation>Cannot open your data</translation>
    </message>
</context>
<context>
    <name>StartupJobs</name>
    <message>
        <location filename="../../ui/startup_jobs.py" line="132" />
        <source>No se pudo completar «%1»: %2</source>
        <translation>Could not complete “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="162" />
        <source>Contraseña del correo</source>
        <translation>Email password</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="163" />
        <source>Para enviar la bandeja de salida y los recordatorios, escriba la contraseña SMTP de %1 (solo se recordará hasta cerrar la aplicación):</source>
        <translation>To send the outbox and the reminders, type the SMTP password for %1 (remembered only until the app is closed):</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="172" />
        <source>Sin contraseña del correo: los envíos esperan al próximo inicio.</source>
        <translation>No email password: sending waits until the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="189" />
        <source>Carpeta de datos</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="198" />
        <source>comprobación de la base de datos</source>
        <translation>database check</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="199" />
        <source>copia de seguridad diaria</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="200" />
        <source>envío de la bandeja de salida</source>
        <translation>sending the outbox</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="201" />
        <source>facturas recurrentes</source>
        <translation>recurring invoices</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="202" />
        <source>recordatorios de pago</source>
        <translation>payment reminders</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="203" />
        <source>solicitudes de opinión</source>
        <translation>feedback requests</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="223" />
        <location filename="../../ui/startup_jobs.py" line="257" />
        <source>Base de datos dañada</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="230" />
        <source>No hay ninguna copia de seguridad válida.</source>
        <translation>There is no valid backup.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="234" />
        <source>¿Restaurar la copia de seguridad del %1 (%2 facturas emitidas)? Los cambios posteriores a esa copia se perderán; los datos dañados se guardan aparte.</source>
        <translation>Restore the backup of %1 (%2 issued invoices)? Changes made after that backup will be lost; the damaged data is kept aside.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/i18n.py" line="72" />
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73" />
        <source>Emitida</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74" />
        <source>Enviada</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75" />
        <source>Cobro parcial</source>
        <translation>Partially paid</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76" />
        <source>Cobrada</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77" />
        <source>Vencida</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="78" />
        <source>Anulada</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>TaxGroups</name>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>IVA %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>IVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>Recargo %</source>
        <translation>Surcharge %</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>Recargo</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="125" />
        <source>Añadir tipo de IVA</source>
        <translation>Add VAT rate</translation>
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="127" />
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>TaxSidesPage</name>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Tipo</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Cuota</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Deducible</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Recargo</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="101" />
        <source>Ingresos</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="102" />
        <source>Gastos</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="103" />
        <source>Rendimiento neto</source>
        <translation>Net earnings</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="104" />
        <source>20 %</source>
        <translation>20%</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="105" />
        <source>Pagos anteriores</source>
        <translation>Earlier payments</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="106" />
        <source>Retenciones</source>
        <translation>Withholdings</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="107" />
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="109" />
        <source>A ingresar</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="114" />
        <source>IVA devengado (facturas emitidas)</source>
        <translation>VAT charged (invoices issued)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="116" />
        <source>IVA deducible (facturas recibidas)</source>
        <translation>Deductible VAT (invoices received)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="125" />
        <source>Modelo 130 · pago fraccionado (acumulado del año)</source>
        <translation>Form 130 · IRPF instalment (year to date)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="151" />
        <source>Elija un trimestre</source>
        <translation>Choose a quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="177" />
        <source>%1 + RE %2</source>
        <translation>%1 + surcharge %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="188" />
        <source>IVA soportado no deducible</source>
        <translation>Input VAT not deductible</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="189" />
        <source>Recargo de equivalencia soportado (no deducible)</source>
        <translation>Equivalence surcharge paid (not deductible)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="191" />
        <source>Bases a autoliquidar (ISP e intracomunitarias)</source>
        <translation>Bases to self-assess (reverse charge, intra-EU)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="194" />
        <source>Retenciones practicadas a proveedores (modelo 111)</source>
        <translation>IRPF withheld from suppliers (form 111)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="197" />
        <source>Facturas recibidas del periodo</source>
        <translation>Invoices received in the period</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="202" />
        <source>A ingresar: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="204" />
        <source>A compensar: %1</source>
        <translation>To carry forward: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="206" />
        <source>Resultado cero</source>
        <translation>Zero result</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="207" />
        <source>Resultado del modelo 303 (casilla 46)</source>
        <translation>Form 303 result (box 46)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="209" />
        <source>27 Total cuota devengada %1 − 45 Total a deducir %2 = 46 %3</source>
        <translation>27 Total VAT accrued %1 − 45 Total deductible %2 = 46 %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="224" />
        <source>Estimación directa normal: sin gastos de difícil justificación.</source>
        <translation>Normal direct estimation: no allowance for hard-to-justify expenses.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="226" />
        <source>Estimación directa simplificada: la casilla 02 incluye %1 de gastos de difícil justificación (5 % del rendimiento neto previo, máximo 2.000 € al año).</source>
        <translation>Simplified direct estimation: box 02 includes %1 of hard-to-justify expenses (5 % of the net return before them, at most €2,000 a year).</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/views/timeline.py" line="25" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="25" />
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="25" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="25" />
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="32" />
        <source>Escriba una nota (llamada, reunión, acuerdo…)</source>
        <translation>Write a note (call, meeting, agreement…)</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="33" />
        <source>Añadir nota</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="48" />
        <source>Presupuesto</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="49" />
        <source>Factura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="50" />
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="51" />
        <source>Cobro</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="52" />
        <source>Recordatorio</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="53" />
        <source>Opinión</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="54" />
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="55" />
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="62" />
        <source>%1 · por %2</source>
        <translation>%1 · by %2</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="41" />
        <source>Base imponible</source>
        <translation>Tax base</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="42" />
        <source>IVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="43" />
        <source>Recargo de equivalencia</source>
        <translation>Equivalence surcharge</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="44" />
        <source>Retención IRPF</source>
        <translation>IRPF withholding</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="46" />
        <source>Total factura</source>
        <translation>Invoice total</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="47" />
        <source>Total a pagar</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="71" />
        <source>Retención IRPF (%1 %)</source>
        <translation>IRPF withholding (%1 %)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="87" />
        <source>Base %1 (exenta)</source>
        <translation>Base %1 (exempt)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="89" />
        <source>Base al %1 %</source>
        <translation>Base at %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="91" />
        <source>%1 · IVA %2</source>
        <translation>%1 · VAT %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="96" />
        <source> · RE %1</source>
        <translation> · ES %1</translation>
    </message>
</context>
<context>
    <name>VerifactuAttention</name>
    <message numerus="yes">
        <location filename="../../ui/views/verifactu_attention.py" line="43" />
        <source>La AEAT ha rechazado %n registro(s): abra la factura, corrija el dato y pulse «Subsanar y reenviar».</source>
        <translation>
            <numerusform>AEAT rejected %n record: open the invoice, correct the data and press “Correct and resend”.</numerusform>
            <numerusform>AEAT rejected %n records: open the invoices, correct the data and press “Correct and resend”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/verifactu_attention.py" line="50" />
        <source>%n registro(s) sin respuesta de la AEAT desde hace más de una hora.</source>
        <translation>
            <numerusform>%n record has had no answer from AEAT for over an hour.</numerusform>
            <numerusform>%n records have had no answer from AEAT for over an hour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_attention.py" line="55" />
        <source>Ver el envío a la AEAT</source>
        <translation>See sending to AEAT</translation>
    </message>
</context>
<context>
    <name>VerifactuPanel</name>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="35" />
        <source>Automático (activo si el negocio está en España)</source>
        <translation>Automatic (on if the business is in Spain)</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="38" />
        <source>Activado</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="39" />
        <source>Desactivado</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="40" />
        <source>Desactivado: llevo el SII</source>
        <translation>Off: I file through SII</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="41" />
        <source>Desactivado: TicketBAI (País Vasco)</source>
        <translation>Off: TicketBAI (Basque Country)</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="42" />
        <source>Desactivado: Navarra</source>
        <translation>Off: Navarre</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="48" />
        <source>registro ilegible</source>
        <translation>unreadable record</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="49" />
        <source>datos alterados</source>
        <translation>data altered</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="50" />
        <source>la huella no coincide</source>
        <translation>hash does not match</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="51" />
        <source>enlace con el anterior roto</source>
        <translation>link to the previous record broken</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="52" />
        <source>falta un registro</source>
        <translation>a record is missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="68" />
        <source>Entorno de pruebas de la AEAT (los QR apuntan a pruebas)</source>
        <translation>AEAT test environment (QR codes point to the test site)</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="75" />
        <source>Comprobar la cadena</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="76" />
        <source>Exportar registros (XML)…</source>
        <translation>Export records (XML)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="78" />
        <source>Número de factura, p. ej. F-2026-0001</source>
        <translation>Invoice number, e.g. F-2026-0001</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="79" />
        <source>Ver registro de una factura…</source>
        <translation>Show an invoice's record…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="93" />
        <source>Cada factura emitida o anulada deja un registro encadenado por su huella (hash), como exige el Reglamento de sistemas de facturación (VERI*FACTU).</source>
        <translation>Every issued or cancelled invoice leaves a record chained by its hash, as the invoicing systems regulation (VERI*FACTU) requires.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="99" />
        <source>Régimen</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="101" />
        <source>Registros</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="102" />
        <source>Último registro</source>
        <translation>Last record</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="106" />
        <source>Registro de una factura</source>
        <translation>An invoice's record</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="112" />
        <source>&lt;h3&gt;VERI*FACTU&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;VERI*FACTU&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="134" />
        <source>activo</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="134" />
        <source>inactivo</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="136" />
        <source>%1 registros (%2 altas, %3 anulaciones) · VERI*FACTU %4</source>
        <translation>%1 records (%2 registrations, %3 cancellations) · VERI*FACTU %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="145" />
        <source>%1 · huella %2…</source>
        <translation>%1 · hash %2…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="148" />
        <source>Ninguno todavía</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="159" />
        <source>Régimen guardado.</source>
        <translation>Regime saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="172" />
        <source>Comprobando la cadena…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="178" />
        <source>Cadena íntegra: %1 registros comprobados.</source>
        <translation>Chain intact: %1 records checked.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="183" />
        <source>Cadena rota: %1 de %2 registros no cuadran. Primero: %3 (%4).</source>
        <translation>Chain broken: %1 of %2 records do not match. First: %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="194" />
        <source>Carpeta para los registros</source>
        <translation>Folder for the records</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="200" />
        <source>Exportando…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="206" />
        <source>%1 archivo(s) guardado(s) en %2.</source>
        <translation>%1 file(s) saved in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="209" />
        <source>No hay registros que exportar.</source>
        <translation>There are no records to export.</translation>
    </message>
</context>
<context>
    <name>VerifactuRecordDialog</name>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="44" />
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="45" />
        <source>Generado</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="46" />
        <source>Huella</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="47" />
        <source>Huella anterior</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="48" />
        <source>Envío a la AEAT</source>
        <translation>Sending to AEAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="54" />
        <source>Alta</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="55" />
        <source>Anulación</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="56" />
        <source>Subsanación</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="70" />
        <source>Pendiente de envío</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="75" />
        <source>Pendiente: sin respuesta de la AEAT, se consultará</source>
        <translation>Pending: no answer from AEAT yet, it will be queried</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="79" />
        <location filename="../../ui/views/verifactu_record_dialog.py" line="84" />
        <source>Aceptado con errores</source>
        <translation>Accepted with errors</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="86" />
        <source>Aceptado</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="89" />
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="108" />
        <source>Registro VERI*FACTU</source>
        <translation>VERI*FACTU record</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="109" />
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="117" />
        <source>Comprobar integridad</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="119" />
        <source>Subsanar y reenviar</source>
        <translation>Correct and resend</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="122" />
        <source>Tras corregir la causa (p. ej. los datos del cliente), encadena una subsanación y la envía.</source>
        <translation>After fixing the cause (e.g. the client's details), chains a correction record and sends it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="152" />
        <source>(primer registro de la cadena)</source>
        <translation>(first record of the chain)</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="162" />
        <source>Factura %1 · emisor %2 · %3 registro(s)</source>
        <translation>Invoice %1 · issuer %2 · %3 record(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="169" />
        <source>Esta factura no tiene registros VERI*FACTU (no emitida o modo desactivado).</source>
        <translation>This invoice has no VERI*FACTU records (not issued, or the mode is off).</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="186" />
        <source>Subsanando…</source>
        <translation>Correcting…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="191" />
        <source>Subsanación encadenada.</source>
        <translation>Correction record chained.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="197" />
        <source>Comprobando la cadena…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="206" />
        <source>Registro alterado: %1 (%2).</source>
        <translation>Record altered: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="210" />
        <source>Los registros de esta factura cuadran, pero la cadena está rota en %1 (%2).</source>
        <translation>This invoice's records are intact, but the chain is broken at %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="214" />
        <source>Íntegro: huellas y encadenamiento correctos (%1 registros comprobados).</source>
        <translation>Intact: hashes and chaining are correct (%1 records checked).</translation>
    </message>
</context>
<context>
    <name>VerifactuSendingBox</name>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="61" />
        <source>Envío a la AEAT</source>
        <translation>Sending to AEAT</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="63" />
        <source>Pruebas (preproducción de la AEAT)</source>
        <translation>Test (AEAT pre-production)</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="64" />
        <source>Producción</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="66" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="73" />
        <source>Enviar ahora</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="86" />
        <source>Entorno</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="87" />
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="88" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="97" />
        <source>Por defecto: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="112" />
        <source>Sin configurar: elija el entorno y pulse Guardar.</source>
        <translation>Not configured: choose the environment and press Save.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="118" />
        <source>Sin certificado (configúrelo con «facturas configure-cert»).</source>
        <translation>No certificate (set it up with “facturas configure-cert”).</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="123" />
        <source>%1 · caducado el %2</source>
        <translation>%1 · expired on %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="125" />
        <source>%1 · caduca pronto: %2</source>
        <translation>%1 · expires soon: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="127" />
        <source>%1 · válido hasta el %2</source>
        <translation>%1 · valid until %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="133" />
        <source>%1 pendientes · %2 aceptados · %3 aceptados con errores · %4 rechazados</source>
        <translation>%1 pending · %2 accepted · %3 accepted with errors · %4 rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="147" />
        <source>Envío configurado.</source>
        <translation>Sending configured.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="153" />
        <source>Enviando…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="160" />
        <source>Nada que enviar ahora (o la AEAT pide esperar).</source>
        <translation>Nothing to send now (or AEAT asks to wait).</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="162" />
        <source>Envío aplazado: la AEAT no respondió.</source>
        <translation>Sending postponed: AEAT did not answer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="164" />
        <source>Enviados: %1 aceptados, %2 rechazados.</source>
        <translation>Sent: %1 accepted, %2 rejected.</translation>
    </message>
</context>
<context>
    <name>VerifactuState</name>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="95" />
        <source>Sin confirmar</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="96" />
        <source>Aceptada</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="97" />
        <source>Con errores</source>
        <translation>With errors</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="98" />
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="105" />
        <source>La AEAT aún no ha confirmado el registro: se envía automáticamente.</source>
        <translation>AEAT has not confirmed the record yet: it is sent automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="108" />
        <source>La AEAT tiene el registro de esta factura.</source>
        <translation>AEAT holds this invoice's record.</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="111" />
        <source>La AEAT aceptó el registro con errores: ábrala para verlos y subsanarlos.</source>
        <translation>AEAT accepted the record with errors: open the invoice to see and correct them.</translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="114" />
        <source>La AEAT rechazó el registro: ábrala para ver el motivo y subsanarlo.</source>
        <translation>AEAT rejected the record: open the invoice to see why and correct it.</translation>
    </message>
</context>
</TS>