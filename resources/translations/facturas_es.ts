<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="es">
<context>
    <name />
    <message>
        <location filename="../../ui/views/payments.py" line="40" />
        <source>Transferencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="41" />
        <source>Tarjeta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="42" />
        <source>Efectivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="45" />
        <source>Domiciliación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="46" />
        <source>Otro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>No vencido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>1–30 días</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>31–60 días</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>61–90 días</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="29" />
        <source>Más de 90 días</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="32" />
        <source>Antes del vencimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="33" />
        <source>El día del vencimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="34" />
        <source>Primer aviso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="35" />
        <source>Segundo aviso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="36" />
        <source>Último aviso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="37" />
        <source>Envío de factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="38" />
        <source>Envío de presupuesto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="39" />
        <source>Recordatorio: antes del vencimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="40" />
        <source>Recordatorio: día del vencimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="41" />
        <source>Recordatorio: primer aviso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="42" />
        <source>Recordatorio: segundo aviso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="43" />
        <source>Recordatorio: último aviso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="44" />
        <source>Recibo de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="45" />
        <source>Petición de valoración</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <location filename="../../ui/models/aging_model.py" line="50" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="52" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/aging_model.py" line="53" />
        <source>Días medios de cobro</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgingPanel</name>
    <message>
        <location filename="../../ui/views/aging_panel.py" line="32" />
        <source>Todos los clientes con saldo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/aging_panel.py" line="34" />
        <source>Con deuda de %1 o más</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/aging_panel.py" line="47" />
        <source>&lt;h3&gt;Antigüedad de la deuda&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/aging_panel.py" line="67" />
        <source>%1 (%2 fact.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="34" />
        <source>Eliminar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="35" />
        <location filename="../../ui/views/archive_actions.py" line="111" />
        <source>Archivar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="36" />
        <source>Desarchivar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="37" />
        <source>Mostrar archivados</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="101" />
        <source>Eliminar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="35" />
        <source>Asignar el ingreso de %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="41" />
        <source>Buscar número o cliente…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="47" />
        <source>Registrar cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="96" />
        <source>Marque la factura o facturas que paga este ingreso.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="99" />
        <source>El ingreso supera lo pendiente de las marcadas (%1): marque la que falta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank_assign.py" line="105" />
        <source>Quedará pendiente: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="50" />
        <source>Carpeta: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="53" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="53" />
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="53" />
        <source>Tamaño</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="59" />
        <source>Hacer copia ahora</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="60" />
        <source>Restaurar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="61" />
        <source>Restaurar desde archivo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="99" />
        <source>Diaria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="100" />
        <source>Manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="101" />
        <source>Antes de actualizar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="102" />
        <source>Antes de restaurar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="116" />
        <source>Haciendo copia…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="121" />
        <source>Copia creada: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="139" />
        <location filename="../../ui/views/backup_panel.py" line="160" />
        <source>Restaurar copia de seguridad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="141" />
        <source>Copias de Facturas (*.sqlite3);;Todos (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="162" />
        <source>Se sustituirán los datos actuales por la copia %1. Antes se guarda una copia de los datos actuales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="168" />
        <source> y %1 más</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="171" />
        <source>La copia no contiene %1 factura(s) emitidas después; se perderán:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="175" />
        <source>Restaurar y perder %1 factura(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="180" />
        <source>Restaurar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="150" />
        <location filename="../../ui/views/backup_panel.py" line="195" />
        <source>Restauración cancelada.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="198" />
        <source>Restaurando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="209" />
        <source>Restaurada. Copia de los datos anteriores: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../ui/views/bank.py" line="40" />
        <source>Importar extracto…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="44" />
        <source>Arrastre aquí el extracto de su banco (Norma 43 o CAMT.053).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="49" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="50" />
        <source>Importe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="51" />
        <source>Concepto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="52" />
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="53" />
        <source>Facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="57" />
        <source>Confirmar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="58" />
        <source>Asignar a facturas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="59" />
        <source>Deshacer cruce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="66" />
        <source>Todos los movimientos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="67" />
        <location filename="../../ui/views/bank.py" line="75" />
        <source>Por confirmar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="68" />
        <location filename="../../ui/views/bank.py" line="76" />
        <source>Sin cruzar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="69" />
        <source>Cruzados</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="74" />
        <source>Cruzado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="77" />
        <source>Cargo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="78" />
        <source>Devolución</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="91" />
        <source>&lt;h2&gt;Banco&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="149" />
        <source>Importar extracto bancario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="151" />
        <source>Extractos (*.n43 *.aeb *.csb *.txt *.q43 *.xml);;Todos (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="157" />
        <source>Importando %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="168" />
        <source>%1 movimientos nuevos (%2 repetidos): %3 cobros registrados, %4 por confirmar, %5 sin cruzar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="173" />
        <source>Extracto importado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="203" />
        <location filename="../../ui/views/bank.py" line="214" />
        <source>Cobro registrado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/bank.py" line="219" />
        <source>Cruce deshecho</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/bar_chart.py" line="69" />
        <source>Sin datos</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../ui/views/batch_export.py" line="38" />
        <source>Exportar facturas en PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="39" />
        <source>Preparando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="40" />
        <source>Cancelar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="59" />
        <source>Exportando a %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="76" />
        <source>Carpeta para los PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="91" />
        <source>Exportando %1 de %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="101" />
        <source>Exportación cancelada: se han guardado %1 PDF en %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="102" />
        <source>Se han guardado %1 PDF en %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/batch_export.py" line="107" />
        <source>No se pudo completar la exportación: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BusinessFields</name>
    <message>
        <location filename="../../ui/views/settings.py" line="83" />
        <source>Elegir logotipo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>Logotipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>Imágenes (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/sepa_creditor_fields.py" line="40" />
        <source> días</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientArchiveActions</name>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="128" />
        <source>¿Eliminar el cliente «%1»? No se puede deshacer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="132" />
        <source>¿Archivar el cliente «%1»? Se oculta de listas y selectores; sus facturas no cambian.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="51" />
        <source>Editar cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="51" />
        <source>Nuevo cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="67" />
        <source>varias direcciones separadas por comas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="72" />
        <source> días</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="76" />
        <source>No enviarle recordatorios de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="108" />
        <source>Nombre o razón social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="109" />
        <source>País</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="110" />
        <source>NIF / ID fiscal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="111" />
        <source>Dirección</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="112" />
        <source>Código postal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="113" />
        <source>Ciudad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="114" />
        <source>Correo electrónico</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="115" />
        <source>Teléfono</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="116" />
        <source>IBAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="117" />
        <source>Plazo de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="118" />
        <source>Idioma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="120" />
        <source>Notas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="187" />
        <source>Obligatorio para empresas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="190" />
        <source>Empresa: la dirección, el código postal y la ciudad son obligatorios en sus facturas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="215" />
        <source>El NIF %1 ya lo tiene otro cliente: %2. ¿Guardar este cliente igualmente?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="217" />
        <source>NIF repetido</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/models/client_list.py" line="107" />
        <source>Nombre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="108" />
        <source>NIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="109" />
        <source>Ciudad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="110" />
        <source>Correo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="111" />
        <source>Teléfono</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../ui/views/clients.py" line="126" />
        <source>Días medios de cobro: …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="127" />
        <source>No enviarle recordatorios de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="147" />
        <source>Facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="148" />
        <source>Historial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="149" />
        <source>Opiniones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="180" />
        <source>Valoración media: sin opiniones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="183" />
        <source>Valoración media: %1 ★ (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="197" />
        <source>Días medios de cobro: sin cobros todavía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="200" />
        <source>Días medios de cobro: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/clients.py" line="217" />
        <source>%n factura(s) · Facturado: {0} · Pendiente: {1}</source>
        <translation>
            <numerusform>%n factura · Facturado: {0} · Pendiente: {1}</numerusform>
            <numerusform>%n facturas · Facturado: {0} · Pendiente: {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/views/invoices.py" line="57" />
        <source>Cliente…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/client_picker.py" line="47" />
        <source>Buscar cliente por nombre o NIF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/client_picker.py" line="100" />
        <source>+ Nuevo cliente…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/views/clients.py" line="44" />
        <source>Buscar por nombre, NIF, ciudad o correo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="50" />
        <source>Nuevo cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="52" />
        <source>Editar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="54" />
        <source>Ficha y facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="66" />
        <source>&lt;h2&gt;Clientes&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="88" />
        <source>Cliente guardado</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardTrends</name>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="52" />
        <source>Cobrado este mes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="53" />
        <source>Cobrado este trimestre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="54" />
        <source>Días medios de cobro (DSO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="55" />
        <location filename="../../ui/views/dashboard_trends.py" line="101" />
        <source>Pendiente de cobro ÷ facturado en los últimos 90 días × 90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="61" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="61" />
        <source>Facturado (base)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="64" />
        <source>&lt;h3&gt;Facturación por mes (base imponible, 12 meses)&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="67" />
        <source>&lt;h3&gt;Mejores clientes (12 meses)&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="107" />
        <source>Sin cifra todavía: hacen falta 30 días desde la primera factura emitida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="109" />
        <source>Sin cifra todavía: aún no se ha registrado ningún cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="110" />
        <source>Nada facturado en 90 días</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="97" />
        <source>%1 días</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard_trends.py" line="99" />
        <source>Facturado en 90 días: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="110" />
        <source>Número</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="111" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="112" />
        <source>Vencimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="113" />
        <source>Días</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="114" />
        <source>Pendiente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="143" />
        <source>Pendiente de cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="144" />
        <source>Vencido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="145" />
        <source>Facturado este mes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="146" />
        <source>Facturado este año</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="164" />
        <source>&lt;h2&gt;Resumen&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="182" />
        <source>&lt;h3&gt;Facturas más vencidas&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="204" />
        <source>A devolver a clientes: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard.py" line="207" />
        <source>%n factura(s) vencida(s)</source>
        <translation>
            <numerusform>%n factura vencida</numerusform>
            <numerusform>%n facturas vencidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="60" />
        <source>Declaración responsable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="64" />
        <source>Español (texto de la declaración)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="64" />
        <source>English (traducción)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="68" />
        <source>Copiar texto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/declaration_dialog.py" line="80" />
        <source>Idioma:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DescriptionDelegate</name>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="103" />
        <source>+ Nuevo producto…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftDelete</name>
    <message>
        <location filename="../../ui/views/draft_delete.py" line="14" />
        <source>el borrador de «%1» del %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/draft_delete.py" line="23" />
        <source>Eliminar borrador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/draft_delete.py" line="24" />
        <source>¿Eliminar %1? No se puede deshacer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EInvoiceBatchDialog</name>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="20" />
        <source>Exportar facturas emitidas en Facturae firmada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="22" />
        <source>Exportar facturas emitidas en UBL 2.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="31" />
        <source>Carpeta para las facturas electrónicas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="37" />
        <source>Exportación cancelada: se han guardado %1 facturas electrónicas en %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_batch.py" line="38" />
        <source>Se han guardado %1 facturas electrónicas en %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EInvoiceBox</name>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="17" />
        <source>Factura electrónica</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="19" />
        <source>Solo el PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="20" />
        <source>UBL 2.1 (EN 16931), junto al PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="21" />
        <source>Facturae 3.2.2 firmada, junto al PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="22" />
        <source>Administración pública (FACe): códigos DIR3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="36" />
        <source>Enviar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="40" />
        <source>Oficina contable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="41" />
        <source>Órgano gestor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_einvoice_box.py" line="42" />
        <source>Unidad tramitadora</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EInvoiceMenu</name>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="34" />
        <source>Esta factura en UBL 2.1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="36" />
        <source>Esta factura en Facturae firmada…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="39" />
        <source>Todas las emitidas en UBL 2.1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="41" />
        <source>Todas las emitidas en Facturae firmada…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="62" />
        <source>Factura electrónica guardada: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="72" />
        <source>Facturae firmada (*.xsig)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="72" />
        <source>UBL (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/einvoice_list_menu.py" line="74" />
        <source>Guardar factura electrónica</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="55" />
        <source>Se emitirá la factura en la serie %1 con fecha %2.
Una vez emitida no se podrá modificar: solo rectificar o anular.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="59" />
        <source>Emitir factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="60" />
        <source>Emitir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="61" />
        <location filename="../../ui/views/editor_dialogs.py" line="74" />
        <location filename="../../ui/views/editor_dialogs.py" line="118" />
        <source>Cancelar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="68" />
        <source>Cambios sin guardar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="69" />
        <source>La factura tiene cambios sin guardar. ¿Quiere guardarlos?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="72" />
        <source>Guardar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="73" />
        <source>Descartar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="89" />
        <source>Anular factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="90" />
        <source>Motivo de la anulación de %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="97" />
        <source>Guardar como PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="104" />
        <source>Imprimir factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="110" />
        <source>Enviar por email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="112" />
        <source>Es un borrador: para enviarla hay que emitirla primero (recibirá su número definitivo y ya no se podrá modificar). ¿Emitirla ahora?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="117" />
        <source>Emitir y enviar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="97" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="100" />
        <source>Se ha producido un error inesperado. Los detalles se han guardado en el registro.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/__init__.py" line="104" />
        <source>Facturas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpenseActions</name>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="32" />
        <source>Rechazar factura recibida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="33" />
        <source>Motivo del rechazo de la factura %1 (se comunica al proveedor):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="43" />
        <source>Marcar como pagada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="52" />
        <source>Fecha de pago de la factura %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="63" />
        <source>¿Eliminar la factura %1 de %2? No se puede deshacer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="68" />
        <source>Eliminar gasto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="77" />
        <source>Guardar la respuesta al proveedor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="79" />
        <source>ApplicationResponse UBL (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="106" />
        <source>%1: factura %2 de %3 registrada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_actions.py" line="109" />
        <source> (con observaciones: %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpenseAttention</name>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="50" />
        <source>1 factura recibida por responder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="52" />
        <source>%1 facturas recibidas por responder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="55" />
        <source>%1 fuera de plazo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="56" />
        <source>el más antiguo venció el %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="58" />
        <source>plazo más próximo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_attention.py" line="59" />
        <source>Ver facturas recibidas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpenseEditor</name>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="65" />
        <source>Editar gasto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="65" />
        <source>Nuevo gasto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="87" />
        <source>Factura rectificativa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="99" />
        <source>Adjuntar archivo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="124" />
        <source>Material de oficina</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="124" />
        <source>Suministros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="124" />
        <source>Alquiler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="125" />
        <source>Servicios profesionales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="125" />
        <source>Software y suscripciones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="126" />
        <source>Vehículo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="126" />
        <source>Viajes y dietas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="126" />
        <source>Formación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="127" />
        <source>Otros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="133" />
        <source>País</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="139" />
        <source>Recibida el</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="144" />
        <source>% deducible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="145" />
        <source>Retención IRPF %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="156" />
        <source>Proveedor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="157" />
        <source>NIF / ID fiscal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="158" />
        <source>Número de factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="160" />
        <source>Fecha de emisión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="161" />
        <source>Bases e impuestos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="162" />
        <source>Deducción</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="163" />
        <source>Categoría</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="164" />
        <source>Notas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="165" />
        <source>Archivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="277" />
        <source>Base: %1 · IVA: %2 · Total: %3 · IVA deducible: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="283" />
        <source> · Retención IRPF: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="289" />
        <source>Adjuntar la factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="289" />
        <source>Facturas (*.pdf *.xml *.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_editor.py" line="313" />
        <source>Sin archivo adjunto</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Expenses</name>
    <message>
        <location filename="../../ui/models/expense_list.py" line="41" />
        <source>Proveedor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="42" />
        <source>Número</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="43" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="44" />
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="45" />
        <source>IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="46" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="47" />
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="48" />
        <source>Origen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="54" />
        <source>Recibida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="55" />
        <source>Aceptada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="56" />
        <source>Rechazada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="57" />
        <source>Pagada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="62" />
        <source>Manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/expense_list.py" line="75" />
        <source>Responder hasta el %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpensesView</name>
    <message>
        <location filename="../../ui/views/expenses.py" line="58" />
        <source>Buscar proveedor, NIF, número…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="60" />
        <source>Todos los estados</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="81" />
        <source>Pendientes de responder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="82" />
        <source>Aceptadas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="83" />
        <source>Rechazadas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="84" />
        <source>Pagadas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="88" />
        <source>Nuevo gasto…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="90" />
        <source>Importar factura recibida…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="93" />
        <source>&lt;h2&gt;Gastos / Facturas recibidas&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="103" />
        <source>Puede arrastrar aquí archivos PDF o XML de facturas recibidas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="116" />
        <source>Aceptar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="118" />
        <source>Rechazar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="120" />
        <source>Marcar pagada…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="122" />
        <source>Respuesta al proveedor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="124" />
        <source>El estado comunicado (aceptada, rechazada, pagada) como ApplicationResponse UBL 2.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="127" />
        <source>Eliminar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="159" />
        <source>Cargando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="167" />
        <source>1 factura recibida · Total: {1} · IVA deducible: {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="169" />
        <source>{0} facturas recibidas · Total: {1} · IVA deducible: {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="214" />
        <source>Factura %1 de %2 guardada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="220" />
        <source>Importar factura recibida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="221" />
        <source>Facturas electrónicas (*.xml *.xsig *.pdf);;Todos los archivos (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="248" />
        <source>%1 no lleva la factura en XML: escríbala, el PDF queda adjunto.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="267" />
        <source>Factura %1 aceptada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="273" />
        <source>Factura %1 rechazada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="279" />
        <source>Factura %1 pagada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="294" />
        <source>Factura %1 de %2 eliminada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expenses.py" line="311" />
        <source>Respuesta al proveedor guardada: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../ui/views/feedback.py" line="35" />
        <location filename="../../ui/views/feedback.py" line="40" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="35" />
        <location filename="../../ui/views/feedback.py" line="36" />
        <source>Valoraciones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="35" />
        <location filename="../../ui/views/feedback.py" line="36" />
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="36" />
        <source>Mes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="39" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="41" />
        <source>Factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="42" />
        <source>Valoración</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="43" />
        <source>Comentario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="55" />
        <source>Comentario (opcional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="56" />
        <source>Registrar opinión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="63" />
        <source>Por cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="64" />
        <source>Por mes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="70" />
        <source>Comentarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="105" />
        <source>Media general: %1 (%2 valoraciones)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/feedback.py" line="109" />
        <source>Todavía no hay valoraciones</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/views/first_run.py" line="51" />
        <source>Bienvenido a Facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="58" />
        <source>Su negocio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="59" />
        <source>Estos datos aparecerán en sus facturas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="61" />
        <source>Nombre o razón social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="62" />
        <source>Nombre comercial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="63" />
        <source>País</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="64" />
        <source>NIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="69" />
        <source>Dirección y contacto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="70" />
        <source>La dirección fiscal y el correo de facturación.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="72" />
        <source>Dirección</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="73" />
        <source>Código postal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="74" />
        <source>Ciudad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="75" />
        <source>Correo electrónico</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="76" />
        <source>Logotipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="83" />
        <source>Cobros e impuestos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="84" />
        <source>Valores por defecto para las facturas nuevas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="86" />
        <source>IBAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="87" />
        <source>Serie de facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="88" />
        <source>IVA por defecto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="89" />
        <source>IRPF por defecto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="90" />
        <source>Idioma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="102" />
        <source>Empezar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="123" />
        <source>Salir de Facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="124" />
        <source>Los datos de su negocio aún no se han guardado y se perderán. ¿Salir de todos modos?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="127" />
        <source>Salir sin guardar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="128" />
        <source>Seguir configurando</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/views/report_tables.py" line="101" />
        <source>Nada que declarar en este periodo.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <location filename="../../ui/views/global_search.py" line="27" />
        <source>Buscar en todo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="30" />
        <source>Cliente, número de factura, presupuesto, producto…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="45" />
        <source>Clientes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="46" />
        <source>Facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="47" />
        <source>Presupuestos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="48" />
        <source>Productos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="72" />
        <source>Nada coincide con «%1».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/global_search.py" line="89" />
        <source>(borrador)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceDocumentPanel</name>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="48" />
        <source>Cobro anulado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="50" />
        <source>Cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="59" />
        <source>Correo en cola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="60" />
        <source>Correo enviándose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="61" />
        <source>Correo enviado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="62" />
        <source>Correo no enviado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="63" />
        <source>Correo sin confirmar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="64" />
        <source>Correo cancelado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="80" />
        <source>Recordatorio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="82" />
        <source>Recordatorio omitido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="92" />
        <source>Alta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="93" />
        <source>Anulación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="94" />
        <source>Subsanación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="99" />
        <source>Registro VERI*FACTU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="121" />
        <source>Total %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="124" />
        <source>Cobrado %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="127" />
        <source>Pendiente %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="130" />
        <source>Vence %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="146" />
        <source>Registrar cobro…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="147" />
        <source>Historial de cobros…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="148" />
        <source>Registro VERI*FACTU…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="150" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="150" />
        <source>Qué</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_document_panel.py" line="150" />
        <source>Detalle</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceEditorView</name>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="87" />
        <source>Corrija los valores marcados en rojo antes de guardar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="95" />
        <source>Elija un cliente.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="136" />
        <source>Línea %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="247" />
        <location filename="../../ui/views/invoice_editor.py" line="88" />
        <source>Exportar PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="248" />
        <source>La exportación a PDF está pendiente.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="276" />
        <source>PDF guardado: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="86" />
        <source>Guardar borrador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="39" />
        <source>en cola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="40" />
        <source>enviándose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="41" />
        <source>falló el envío</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="42" />
        <source>sin confirmar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="43" />
        <source>cancelado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="57" />
        <source>Aceptar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="58" />
        <source>Rechazar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="60" />
        <source>Convertir en factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="89" />
        <source>Presupuesto %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="95" />
        <source>Nueva factura proforma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="97" />
        <source>Nuevo presupuesto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="100" />
        <source>Factura proforma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="102" />
        <source>Presupuesto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="112" />
        <source>Factura proforma: sin validez fiscal ni número de factura.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="117" />
        <source>Presupuesto %1 — válido hasta %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="121" />
        <source>Presupuesto (borrador) — válido hasta %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="131" />
        <source>Finalizar presupuesto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="133" />
        <location filename="../../ui/views/invoice_editor.py" line="87" />
        <source>Emitir…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="136" />
        <source>Enviar presupuesto…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="171" />
        <source>aceptado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="173" />
        <source>rechazado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="222" />
        <source>El presupuesto no se ha enviado (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="257" />
        <source>Presupuesto rechazado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_quotes.py" line="258" />
        <source>Motivo (opcional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="89" />
        <source>Rectificar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="90" />
        <source>Anular…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="314" />
        <source>Hay un valor no válido en las líneas (marcado en rojo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="316" />
        <source>Hay %1 valores no válidos en las líneas (marcados en rojo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="341" />
        <source>Factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="345" />
        <source>Factura %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="348" />
        <source>Borrador — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="350" />
        <source>Nueva factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_document.py" line="43" />
        <source>Borrador de factura rectificativa: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_document.py" line="50" />
        <source>Factura anulada %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_document.py" line="55" />
        <source>Factura emitida %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="38" />
        <location filename="../../ui/views/editor_refusals.py" line="39" />
        <location filename="../../ui/views/editor_refusals.py" line="40" />
        <location filename="../../ui/views/editor_refusals.py" line="41" />
        <location filename="../../ui/views/editor_refusals.py" line="42" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="43" />
        <source>Nombre de su negocio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="44" />
        <source>Tipo de factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="45" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="46" />
        <source>Fecha de operación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_refusals.py" line="61" />
        <source>No se podrá emitir así:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="160" />
        <source>Vista previa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="164" />
        <source>Mostrar u ocultar el PDF junto al editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="167" />
        <location filename="../../ui/views/editor_quotes.py" line="138" />
        <source>Enviar por email…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="170" />
        <source>Guardar como PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="173" />
        <source>Imprimir…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="256" />
        <source>No se pudo generar la vista previa: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="297" />
        <source>Enviar por email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_output.py" line="298" />
        <source>Una factura anulada no se puede enviar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="31" />
        <source>Factura electrónica</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="34" />
        <source>UBL 2.1 (EN 16931)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="37" />
        <source>Facturae 3.2.2 firmada…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="64" />
        <source>Factura electrónica guardada: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="81" />
        <source>Facturae firmada (*.xsig)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="83" />
        <source>UBL (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_einvoice.py" line="87" />
        <source>Guardar factura electrónica</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceForm</name>
    <message>
        <location filename="../../ui/views/editor_form.py" line="74" />
        <source>Transferencia bancaria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="75" />
        <source>Tarjeta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="76" />
        <source>Efectivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="77" />
        <source>Bizum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="78" />
        <source>PayPal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="79" />
        <source>Domiciliación bancaria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="80" />
        <source>Otra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="88" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="90" />
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="92" />
        <source>Fecha de emisión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="94" />
        <source>Vencimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="96" />
        <source>Retención IRPF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="104" />
        <source>Formas de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="112" />
        <source>Notas que aparecerán en la factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="114" />
        <source>Gracias por su confianza</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="115" />
        <source>Notas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="116" />
        <source>Mensaje de agradecimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="162" />
        <source>Rectificativa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="164" />
        <source>Factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="165" />
        <source>Simplificada</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../../ui/models/line_records.py" line="134" />
        <location filename="../../ui/models/line_records.py" line="144" />
        <source>Obligatorio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="146" />
        <source>«%1» no es un número</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="154" />
        <source>La cantidad no puede ser cero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="156" />
        <source>No puede ser negativo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="158" />
        <source>Como máximo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="162" />
        <source>Máximo 6 decimales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="164" />
        <source>Debe estar entre 0 y 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="166" />
        <source>Tipo de IVA desconocido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="168" />
        <source>Una línea exenta no lleva IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="170" />
        <source>Recargo no válido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/line_records.py" line="180" />
        <source>El importe de la línea supera el máximo de una factura (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="64" />
        <source>Descripción</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="65" />
        <source>Cantidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="66" />
        <source>Unidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="67" />
        <source>Precio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="68" />
        <source>Dto. %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="69" />
        <source>IVA %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="70" />
        <source>Recargo %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="71" />
        <source>Exención</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="72" />
        <source>Importe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="129" />
        <source>Editar %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="63" />
        <source>Número</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="64" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="65" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="66" />
        <source>Vencimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="67" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="68" />
        <source>Pendiente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="69" />
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="70" />
        <source>Días vencida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="76" />
        <source>(borrador)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../ui/views/invoices.py" line="103" />
        <source>Todos los estados</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="108" />
        <source>Desde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="108" />
        <source>Hasta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="109" />
        <source>Buscar número, cliente, concepto…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="125" />
        <source>Borradores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="126" />
        <source>Emitidas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="127" />
        <source>Enviadas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="128" />
        <source>Con cobro parcial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="129" />
        <source>Cobradas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="130" />
        <source>Vencidas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="131" />
        <source>Anuladas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="138" />
        <source>Nueva factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="140" />
        <location filename="../../ui/views/invoices.py" line="220" />
        <source>Enviar por email…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="143" />
        <location filename="../../ui/views/invoices.py" line="222" />
        <source>Eliminar borrador…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="146" />
        <location filename="../../ui/views/invoices.py" line="225" />
        <source>Exportar PDF de todas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="148" />
        <location filename="../../ui/views/invoices.py" line="226" />
        <source>Factura electrónica</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="157" />
        <source>&lt;h2&gt;Facturas&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="189" />
        <source>Cargando…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/invoices.py" line="201" />
        <source>%n factura(s) · Total: {0} · Pendiente: {1}</source>
        <translation>
            <numerusform>%n factura · Total: {0} · Pendiente: {1}</numerusform>
            <numerusform>%n facturas · Total: {0} · Pendiente: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="216" />
        <source>Abrir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="217" />
        <source>Duplicar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="218" />
        <source>Emitir…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="233" />
        <location filename="../../ui/views/invoices.py" line="243" />
        <source>Enviar por email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="233" />
        <source>Seleccione una factura.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="243" />
        <source>El envío por email no está disponible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="291" />
        <source>Emitir factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="292" />
        <source>Al emitirla se le asigna número y ya no se podrá modificar. ¿Emitir la factura?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IrpfMethod</name>
    <message>
        <location filename="../../ui/views/irpf_method_combo.py" line="18" />
        <source>Simplificada (con gastos de difícil justificación)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/irpf_method_combo.py" line="21" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LineErrorLabel</name>
    <message>
        <location filename="../../ui/views/editor_line_marks.py" line="50" />
        <source>Línea %1 · %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="212" />
        <location filename="../../ui/views/editor_lines.py" line="332" />
        <source>Añadir línea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="213" />
        <location filename="../../ui/views/editor_lines.py" line="340" />
        <source>Eliminar línea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="214" />
        <source>Subir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="215" />
        <source>Bajar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="216" />
        <location filename="../../ui/views/editor_lines.py" line="372" />
        <source>Recargo de equivalencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="217" />
        <source>Añade a cada línea el recargo que corresponde a su IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="247" />
        <source>Deshacer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="249" />
        <source>Rehacer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="272" />
        <source>(ninguna)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="346" />
        <source>Mover línea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="367" />
        <source>Elegir producto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="376" />
        <source>Recargo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailSettingsPanel</name>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="45" />
        <source>STARTTLS (recomendado, puerto 587)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="46" />
        <source>SSL/TLS (puerto 465)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="54" />
        <source>(sin cambios)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="55" />
        <source>Solo para esta sesión (no hay llavero del sistema)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="57" />
        <source>Guardar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="58" />
        <source>Probar conexión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="68" />
        <source>Servidor SMTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="69" />
        <source>Puerto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="70" />
        <source>Seguridad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="71" />
        <source>Usuario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="72" />
        <source>Contraseña</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="74" />
        <source>Nombre del remitente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="75" />
        <source>Dirección del remitente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="76" />
        <source>Responder a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="97" />
        <source>No hay llavero del sistema: la contraseña se pedirá en cada sesión.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="137" />
        <source>Configuración guardada.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="151" />
        <source>Probando la conexión…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="160" />
        <source>Conexión correcta: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="160" />
        <source>La prueba ha fallado: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailTemplatesPanel</name>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="69" />
        <source>Español</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="70" />
        <source>Inglés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="75" />
        <source>Datos de ejemplo (o escriba un número de factura)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="77" />
        <source>Marcadores disponibles: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="86" />
        <source>Guardar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="87" />
        <source>Restaurar predeterminada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="98" />
        <source>Plantilla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="99" />
        <source>Idioma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="100" />
        <location filename="../../ui/views/mail_templates_panel.py" line="196" />
        <source>Asunto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="101" />
        <location filename="../../ui/views/mail_templates_panel.py" line="196" />
        <source>Cuerpo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="103" />
        <source>Vista previa con</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="109" />
        <source>&lt;h3&gt;Plantillas de correo&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="113" />
        <source>Vista previa:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="146" />
        <source>Personalizada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="146" />
        <source>Predeterminada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="175" />
        <source>Plantilla guardada.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/mail_templates_panel.py" line="183" />
        <source>Plantilla predeterminada restaurada.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Abriendo sus datos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73" />
        <location filename="../../ui/main_window.py" line="101" />
        <source>Listo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Actualizando sus datos para esta versión de Facturas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Se hace una sola vez, después de guardar una copia de seguridad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Actualizando los datos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Datos restaurados: todas las pantallas se han recargado.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>El editor de facturas no está disponible en esta versión.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Borrador guardado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>Factura %1 anulada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>Factura %1 emitida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>Abra una factura para usar esta acción.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>&amp;Nueva factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Nuevo &amp;presupuesto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>&amp;Guardar borrador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>&amp;PDF / Imprimir…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>&amp;Salir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>&amp;Buscar en esta lista</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310" />
        <source>Buscar en &amp;todo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>&amp;Archivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>&amp;Editar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>&amp;Ver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332" />
        <source>A&amp;yuda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>&amp;Declaración responsable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334" />
        <source>&amp;Acerca de Facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>Principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365" />
        <source>Acerca de Facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366" />
        <source>&lt;b&gt;Facturas&lt;/b&gt; {0}&lt;br&gt;Facturación local para autónomos y pymes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MandateBox</name>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="37" />
        <source>Domiciliación SEPA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="47" />
        <source>sin fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="54" />
        <source>Guardar mandato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="62" />
        <source>IBAN del cargo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="66" />
        <source>Referencia del mandato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="68" />
        <source>Fecha de firma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="64" />
        <source>Esquema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="78" />
        <source>Guarde primero el cliente para añadir su mandato.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="93" />
        <source>Sin mandato: sus facturas no se remesan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="95" />
        <source>Próximo adeudo: primero (FRST)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="96" />
        <source>Próximo adeudo: recurrente (RCUR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/client_mandate_box.py" line="113" />
        <source>Mandato guardado.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../ui/widgets/money.py" line="54" />
        <source>%1 a devolver</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="61" />
        <source>Resumen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="62" />
        <source>Clientes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="63" />
        <source>Productos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="64" />
        <source>Facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="65" />
        <source>Presupuestos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="66" />
        <source>Recurrentes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="67" />
        <source>Cobros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="68" />
        <source>Banco</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="69" />
        <source>Gastos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="70" />
        <source>Informes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="71" />
        <source>Bandeja de salida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="72" />
        <source>Ajustes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewRemittanceDialog</name>
    <message>
        <location filename="../../ui/views/remittances.py" line="66" />
        <source>Nueva remesa SEPA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="76" />
        <location filename="../../ui/views/remittances.py" line="84" />
        <source>Factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="77" />
        <location filename="../../ui/views/remittances.py" line="84" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="78" />
        <source>Importe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="79" />
        <source>Secuencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="80" />
        <source>Mandato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="84" />
        <source>Motivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="88" />
        <source>Guardar remesa…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="99" />
        <source>Fecha de cargo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="112" />
        <source>La primera fecha posible es el %1: preaviso acordado y día hábil TARGET2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="137" />
        <source>%1 adeudo(s) · Total: %2 · Cargo el %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="141" />
        <source>Excluidas (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="148" />
        <source>Guardar remesa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="148" />
        <source>SEPA XML (*.xml)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Para</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Asunto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="40" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="47" />
        <source>Reintentar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="48" />
        <source>Cancelar envío</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="49" />
        <source>Marcar como enviado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="50" />
        <source>Solo si ha comprobado que el mensaje llegó</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="70" />
        <source>En cola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="71" />
        <source>Enviando</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="72" />
        <source>Enviado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="73" />
        <source>Fallido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="74" />
        <source>Desconocido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="75" />
        <source>Cancelado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="132" />
        <source>Un momento…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/views/payments.py" line="66" />
        <source>Registrar cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="66" />
        <location filename="../../ui/views/payments.py" line="88" />
        <source>Registrar devolución</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="78" />
        <source>Nº de operación, concepto…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="88" />
        <source>Registrar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="93" />
        <source>Factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="94" />
        <source>Pendiente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="94" />
        <source>A devolver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="97" />
        <source>Importe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="98" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="99" />
        <source>Forma de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="100" />
        <source>Referencia</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentHistoryDialog</name>
    <message>
        <location filename="../../ui/views/payment_history.py" line="35" />
        <source>Cobros de la factura %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="40" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="41" />
        <source>Importe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="42" />
        <source>Forma de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="43" />
        <source>Referencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="44" />
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="48" />
        <source>Anular cobro…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="54" />
        <source>Los cobros anulados se conservan en el historial.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="75" />
        <source>Anulado: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="75" />
        <source>Vigente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="109" />
        <source>Anular cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="110" />
        <source>¿Anular el cobro de %1? Quedará en el historial. Motivo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payment_history.py" line="120" />
        <source>Facturas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <location filename="../../ui/views/payments.py" line="154" />
        <source>Buscar número o cliente…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="160" />
        <source>Registrar cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="165" />
        <source>Historial de cobros…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="168" />
        <source>Remesas SEPA…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="179" />
        <source>&lt;h2&gt;Cobros pendientes&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/payments.py" line="212" />
        <source>%n factura(s) pendiente(s) · Pendiente: {0}</source>
        <translation>
            <numerusform>%n factura pendiente · Pendiente: {0}</numerusform>
            <numerusform>%n facturas pendientes · Pendiente: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="224" />
        <source>Cobro registrado</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="96" />
        <source>Vista previa no disponible (falta el módulo QtPdf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="106" />
        <source>Alejar (Ctrl+rueda)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="107" />
        <source>Acercar (Ctrl+rueda)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="108" />
        <source>Tamaño real</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="111" />
        <source>Ajustar al ancho</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="112" />
        <source>Ajustar la página al ancho del panel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfTemplatePanel</name>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="63" />
        <source>Clásica</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="63" />
        <source>Moderna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="63" />
        <source>Minimal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="76" />
        <source>Usar esta plantilla en los PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="83" />
        <source>Se usa en los PDF de todas las facturas que no tengan una plantilla propia, en la aplicación y en la línea de órdenes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="90" />
        <source>&lt;h3&gt;Plantilla de las facturas en PDF&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/pdf_template_panel.py" line="143" />
        <source>Plantilla guardada: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductArchiveActions</name>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="151" />
        <source>¿Eliminar el producto «%1»? No se puede deshacer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/archive_actions.py" line="154" />
        <source>¿Archivar el producto «%1»? Se oculta del catálogo; los documentos no cambian.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/views/products.py" line="47" />
        <source>Editar producto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="47" />
        <source>Nuevo producto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="51" />
        <source>h, ud., mes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="69" />
        <source>Nombre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="70" />
        <source>Código</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="71" />
        <source>Unidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="72" />
        <source>Precio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="73" />
        <source>IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="99" />
        <source>Precio: escriba un importe, por ejemplo 85,50</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>Nombre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>Código</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>Unidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>Precio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="67" />
        <source>IVA</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../ui/views/products.py" line="128" />
        <source>Buscar por nombre o código…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="134" />
        <source>Nuevo producto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="136" />
        <source>Editar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="151" />
        <source>&lt;h2&gt;Productos y servicios&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="174" />
        <source>Producto guardado</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <location filename="../../ui/views/quotes.py" line="41" />
        <source>Número</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="42" />
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="43" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="44" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="45" />
        <source>Válido hasta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="46" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="47" />
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="58" />
        <source>Incluir proformas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="66" />
        <source>Nuevo presupuesto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="67" />
        <source>Nueva proforma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="68" />
        <source>Abrir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="69" />
        <source>Enviar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="70" />
        <source>Aceptado → factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="71" />
        <source>Rechazado…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="97" />
        <source>Aceptado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="99" />
        <source>Rechazado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="101" />
        <source>Caducado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="102" />
        <source>Borrador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="102" />
        <source>Emitido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="102" />
        <source>Enviado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="111" />
        <source>Proforma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="111" />
        <source>Presupuesto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="152" />
        <source>Enviado a %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="152" />
        <source>No enviado (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="164" />
        <source>Convertido en factura borrador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="169" />
        <source>Presupuesto rechazado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/quotes.py" line="169" />
        <source>Motivo (opcional):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="243" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="244" />
        <source>Mes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="246" />
        <source>Por cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="247" />
        <source>Por mes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="250" />
        <source>&lt;h3&gt;Valoraciones&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="256" />
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="256" />
        <source>Nº</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="265" />
        <source>Todavía no hay valoraciones de clientes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="268" />
        <source>Media: %1 ★ sobre %2 valoraciones</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="131" />
        <source>Rectificar %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="133" />
        <source>p. ej. error en el precio de la línea 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="139" />
        <source>Por sustitución (importes corregidos completos)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="140" />
        <source>Por diferencias (solo la diferencia)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="143" />
        <source>Motivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="144" />
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="145" />
        <source>Método</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="149" />
        <source>Crear rectificativa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="150" />
        <source>Cancelar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="166" />
        <source>Se creará un borrador con las líneas en negativo (devolución total): déjelas en la diferencia. Lo que ya se pagó y no se deba se podrá registrar como devolución.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="172" />
        <source>Se creará un borrador rectificativo con las líneas actuales para que las corrija.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="177" />
        <source>Error fundado en derecho (art. 80.Uno, Dos y Seis)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="178" />
        <source>Concurso de acreedores (art. 80.Tres)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="179" />
        <source>Créditos incobrables (art. 80.Cuatro)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="180" />
        <source>Otras causas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="181" />
        <source>Rectificación de factura simplificada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="189" />
        <source>Indique el motivo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecurringView</name>
    <message>
        <location filename="../../ui/views/recurring.py" line="37" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="38" />
        <source>Periodicidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="39" />
        <source>Inicio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="40" />
        <source>Fin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="41" />
        <source>Próxima</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="42" />
        <source>Emitidas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="43" />
        <source>Envío automático</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="44" />
        <source>Activa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="48" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="48" />
        <source>Número</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="48" />
        <source>Enviada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="53" />
        <source>Emitir ahora lo pendiente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="56" />
        <source>Nueva…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="57" />
        <source>Editar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="58" />
        <source>Pausar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="59" />
        <source>Reanudar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="60" />
        <source>Eliminar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="236" />
        <source>Eliminar factura recurrente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="237" />
        <source>¿Eliminar la programación de %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="99" />
        <source>Semanal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="100" />
        <source>Mensual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="101" />
        <source>Trimestral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="102" />
        <source>Anual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="109" />
        <source>Tras %1 facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="119" />
        <location filename="../../ui/views/recurring.py" line="172" />
        <source>Sí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="119" />
        <location filename="../../ui/views/recurring.py" line="172" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="126" />
        <source>Terminada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="126" />
        <source>En pausa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="157" />
        <source>Ya emitió facturas: páusela en su lugar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring.py" line="182" />
        <source>%1 factura(s) emitida(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemindersSettingsPanel</name>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="46" />
        <source>Enviar recordatorios de pago automáticamente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="47" />
        <source>Enviar un recibo al cliente al registrar un cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="52" />
        <source>Etapa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="53" />
        <source>Días respecto al vencimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="54" />
        <source>Adjuntar requerimiento de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="70" />
        <source>Guardar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="74" />
        <source>&lt;h3&gt;Recordatorios y recibos&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminders_settings.py" line="78" />
        <source>Vista previa del correo de cada etapa:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemittancesDialog</name>
    <message>
        <location filename="../../ui/views/remittances.py" line="176" />
        <source>Remesas SEPA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="179" />
        <source>Fecha de cargo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="180" />
        <source>Esquema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="181" />
        <source>Adeudos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="182" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="183" />
        <source>Fichero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="186" />
        <source>Nueva remesa…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/remittances.py" line="188" />
        <source>Cerrar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../ui/views/report_labels.py" line="22" />
        <source>Fecha expedición</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="23" />
        <source>Número</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="24" />
        <source>Tipo factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="25" />
        <source>Rectifica a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="26" />
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="27" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="28" />
        <source>NIF cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="29" />
        <source>País</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="30" />
        <source>Exención/Calificación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="31" />
        <source>Base imponible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="32" />
        <source>Tipo IVA %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="33" />
        <source>Cuota IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="34" />
        <source>Tipo RE %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="35" />
        <source>Cuota RE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="36" />
        <source>Retención IRPF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="37" />
        <source>Total factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="38" />
        <source>Modelo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="39" />
        <source>Casilla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="40" />
        <source>Concepto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="41" />
        <source>Importe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="42" />
        <source>NIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="43" />
        <source>Nombre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="44" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="45" />
        <source>1T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="46" />
        <source>2T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="47" />
        <source>3T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="48" />
        <source>4T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="49" />
        <source>NIF-IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="50" />
        <source>Trimestre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="51" />
        <source>Clave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="52" />
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="53" />
        <source>emitida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="54" />
        <source>anulada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="55" />
        <source>Modificación bases (rectificativas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="56" />
        <source>Modificación cuotas (rectificativas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="57" />
        <source>Modificación bases RE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="58" />
        <source>Modificación cuotas RE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="59" />
        <source>Total cuota devengada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="60" />
        <source>Entregas intracomunitarias de bienes y servicios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="61" />
        <source>Exportaciones y operaciones asimiladas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="62" />
        <source>Operaciones no sujetas por reglas de localización</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="63" />
        <source>Operaciones con inversión del sujeto pasivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="64" />
        <source>Ingresos computables (acumulado del año)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="65" />
        <source>Retenciones e ingresos a cuenta (acumulado)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="66" />
        <source>No sujeta (N1/N2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="67" />
        <source>IRPF retenido en el periodo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="68" />
        <source>Facturas del periodo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="70" />
        <source>Base cuotas soportadas en operaciones interiores corrientes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="71" />
        <source>Cuotas soportadas en operaciones interiores corrientes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="72" />
        <source>Rectificación de deducciones (base)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="73" />
        <source>Rectificación de deducciones (cuota)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="74" />
        <source>Total a deducir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="75" />
        <source>Resultado régimen general</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="76" />
        <source>Gastos fiscalmente deducibles (acumulado)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="77" />
        <source>Rendimiento neto (01 − 02)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="78" />
        <source>20 % del rendimiento neto positivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="79" />
        <source>Pagos fraccionados de trimestres anteriores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="80" />
        <source>Pago fraccionado previo (04 − 05 − 06)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="81" />
        <source>Pago fraccionado a ingresar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="86" />
        <source>Base %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="87" />
        <source>Tipo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="88" />
        <source>Cuota %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="89" />
        <source>Base RE %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="90" />
        <source>Tipo RE %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="91" />
        <source>Cuota RE %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="93" />
        <source>Exenta %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_labels.py" line="94" />
        <source>Sin casilla: IVA %1 RE %2 (base)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports.py" line="61" />
        <source>Año completo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="63" />
        <source>{n}.º trimestre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="65" />
        <source>Actualizar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="66" />
        <source>Exportar libro (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="67" />
        <source>Exportar libro (Excel)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="68" />
        <source>Libro de facturas recibidas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="70" />
        <source>El libro registro de facturas recibidas del periodo, en CSV o Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="72" />
        <source>Paquete trimestral para la gestoría…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="85" />
        <source>Libro de facturas expedidas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="86" />
        <source>IVA (303) e IRPF (130)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="87" />
        <source>Modelo 347</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="88" />
        <source>Modelo 349</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="101" />
        <source>Año</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="103" />
        <source>Periodo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="127" />
        <source>Calculando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="147" />
        <source>{n} facturas en el libro del periodo {p}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="176" />
        <location filename="../../ui/views/reports.py" line="196" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="176" />
        <location filename="../../ui/views/reports.py" line="196" />
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="178" />
        <source>Exportar libro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="190" />
        <source>Exportando el libro a {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="199" />
        <source>Libro de facturas recibidas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="218" />
        <source>Exportando el libro de facturas recibidas a {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="228" />
        <source>Carpeta para el paquete de la gestoría</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="239" />
        <source>Preparando el paquete de la gestoría…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="249" />
        <source>Guardado en {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="75" />
        <source>Editar factura recurrente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="75" />
        <source>Nueva factura recurrente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="93" />
        <source>Con estas líneas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="94" />
        <source>Igual que la factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="100" />
        <source>número, p. ej. F-2026-0001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="103" />
        <source>Descripción</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="103" />
        <source>Cantidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="103" />
        <source>Precio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="103" />
        <source>IVA %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="110" />
        <source>Añadir línea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="111" />
        <source>Quitar línea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="120" />
        <source>Sin fin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="121" />
        <source>En una fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="122" />
        <source>Tras un número de facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="128" />
        <source> facturas en total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="129" />
        <source>Enviar cada factura por correo al emitirla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="166" />
        <source>Cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="167" />
        <source>Contenido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="168" />
        <source>Factura modelo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="169" />
        <source>Líneas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="171" />
        <source>Retención IRPF %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="172" />
        <source>Periodicidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="173" />
        <source>Próxima fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="174" />
        <source>Fin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="258" />
        <source>Indique el número de la factura modelo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="261" />
        <source>Elija un cliente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="263" />
        <source>Añada al menos una línea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="326" />
        <source>Semanal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="327" />
        <source>Mensual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="328" />
        <source>Trimestral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/recurring_dialog.py" line="329" />
        <source>Anual</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="102" />
        <source>Enviar factura por email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="105" />
        <source>Preparando el mensaje…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="114" />
        <source>cliente@ejemplo.com, otra@ejemplo.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="115" />
        <source>Enviarme una copia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="126" />
        <source>Para</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="128" />
        <source>Asunto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="129" />
        <source>Mensaje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="130" />
        <source>Adjunto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="131" />
        <source>El texto sale de las plantillas de Ajustes → Correo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="134" />
        <source>Enviar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="136" />
        <source>Abrir Ajustes → Correo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="137" />
        <source>Cancelar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="158" />
        <source>Factura %1 a %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="168" />
        <source>El correo no está configurado. Indique su servidor de correo en Ajustes → Correo y vuelva a intentarlo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="176" />
        <source>Enviarme una copia (a %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="179" />
        <source>El cliente no tiene email: escriba la dirección.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="194" />
        <source>Escriba al menos una dirección de email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="201" />
        <source>Enviando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="211" />
        <source>Contraseña del correo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="212" />
        <source>Contraseña SMTP de %1 (solo se recordará hasta cerrar la aplicación):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="227" />
        <source>Enviada a %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="232" />
        <source>No se ha podido enviar ahora; queda en la bandeja de salida y se reintentará automáticamente. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="238" />
        <source>%1 Compruébelo en la bandeja de salida antes de reenviarlo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="242" />
        <source>No se ha enviado. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/send_dialog.py" line="257" />
        <source>Cerrar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="239" />
        <source>Guardar cambios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="266" />
        <source>Negocio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="267" />
        <source>Plantilla PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="268" />
        <source>Correo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="269" />
        <source>Recordatorios y recibos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="270" />
        <source>Plantillas de correo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="271" />
        <source>Copias de seguridad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="273" />
        <source>Aplicación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="279" />
        <source>&lt;h2&gt;Ajustes&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="286" />
        <source>Nombre o razón social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="287" />
        <source>Nombre comercial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="288" />
        <source>País</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="289" />
        <source>NIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="290" />
        <source>Dirección</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="291" />
        <source>Código postal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="292" />
        <source>Ciudad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="293" />
        <source>Correo electrónico</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="294" />
        <source>IBAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="295" />
        <source>Identificador de acreedor SEPA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="296" />
        <source>Días de preaviso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="297" />
        <source>Serie de facturas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="298" />
        <source>IVA por defecto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="299" />
        <source>IRPF por defecto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="300" />
        <source>Estimación directa (IRPF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="301" />
        <source>Idioma de los documentos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="302" />
        <source>Logotipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="308" />
        <source>&lt;h3&gt;Datos del negocio&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="322" />
        <source>Idioma de la aplicación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="325" />
        <source>&lt;h3&gt;Aplicación&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="333" />
        <source>El cambio de idioma se aplica al reiniciar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="377" />
        <source>Cambios guardados.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="243" />
        <source>No se pueden abrir los datos</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartupJobs</name>
    <message>
        <location filename="../../ui/startup_jobs.py" line="132" />
        <source>No se pudo completar «%1»: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="162" />
        <source>Contraseña del correo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="163" />
        <source>Para enviar la bandeja de salida y los recordatorios, escriba la contraseña SMTP de %1 (solo se recordará hasta cerrar la aplicación):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="172" />
        <source>Sin contraseña del correo: los envíos esperan al próximo inicio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="189" />
        <source>Carpeta de datos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="198" />
        <source>comprobación de la base de datos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="199" />
        <source>copia de seguridad diaria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="200" />
        <source>envío de la bandeja de salida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="201" />
        <source>facturas recurrentes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="202" />
        <source>recordatorios de pago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="203" />
        <source>solicitudes de opinión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="223" />
        <location filename="../../ui/startup_jobs.py" line="257" />
        <source>Base de datos dañada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="230" />
        <source>No hay ninguna copia de seguridad válida.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/startup_jobs.py" line="234" />
        <source>¿Restaurar la copia de seguridad del %1 (%2 facturas emitidas)? Los cambios posteriores a esa copia se perderán; los datos dañados se guardan aparte.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/i18n.py" line="72" />
        <source>Borrador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73" />
        <source>Emitida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74" />
        <source>Enviada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75" />
        <source>Cobro parcial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76" />
        <source>Cobrada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77" />
        <source>Vencida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="78" />
        <source>Anulada</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaxGroups</name>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>IVA %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>Recargo %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="119" />
        <source>Recargo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="125" />
        <source>Añadir tipo de IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/expense_taxes.py" line="127" />
        <source>Quitar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaxSidesPage</name>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Cuota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Deducible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="85" />
        <source>Recargo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="101" />
        <source>Ingresos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="102" />
        <source>Gastos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="103" />
        <source>Rendimiento neto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="104" />
        <source>20 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="105" />
        <source>Pagos anteriores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="106" />
        <source>Retenciones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="107" />
        <source>Resultado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="109" />
        <source>A ingresar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="114" />
        <source>IVA devengado (facturas emitidas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="116" />
        <source>IVA deducible (facturas recibidas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="125" />
        <source>Modelo 130 · pago fraccionado (acumulado del año)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="151" />
        <source>Elija un trimestre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="177" />
        <source>%1 + RE %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="188" />
        <source>IVA soportado no deducible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="189" />
        <source>Recargo de equivalencia soportado (no deducible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="191" />
        <source>Bases a autoliquidar (ISP e intracomunitarias)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="194" />
        <source>Retenciones practicadas a proveedores (modelo 111)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="197" />
        <source>Facturas recibidas del periodo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="202" />
        <source>A ingresar: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="204" />
        <source>A compensar: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="206" />
        <source>Resultado cero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="207" />
        <source>Resultado del modelo 303 (casilla 46)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="209" />
        <source>27 Total cuota devengada %1 − 45 Total a deducir %2 = 46 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="224" />
        <source>Estimación directa normal: sin gastos de difícil justificación.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/report_sides.py" line="226" />
        <source>Estimación directa simplificada: la casilla 02 incluye %1 de gastos de difícil justificación (5 % del rendimiento neto previo, máximo 2.000 € al año).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/views/timeline.py" line="25" />
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="25" />
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="25" />
        <source>Documento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="25" />
        <source>Detalle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="32" />
        <source>Escriba una nota (llamada, reunión, acuerdo…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="33" />
        <source>Añadir nota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="48" />
        <source>Presupuesto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="49" />
        <source>Factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="50" />
        <source>Correo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="51" />
        <source>Cobro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="52" />
        <source>Recordatorio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="53" />
        <source>Opinión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="54" />
        <source>Nota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="55" />
        <source>Otro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="62" />
        <source>%1 · por %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="41" />
        <source>Base imponible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="42" />
        <source>IVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="43" />
        <source>Recargo de equivalencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="44" />
        <source>Retención IRPF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="46" />
        <source>Total factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="47" />
        <source>Total a pagar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="71" />
        <source>Retención IRPF (%1 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="87" />
        <source>Base %1 (exenta)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="89" />
        <source>Base al %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="91" />
        <source>%1 · IVA %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="96" />
        <source> · RE %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifactuAttention</name>
    <message numerus="yes">
        <location filename="../../ui/views/verifactu_attention.py" line="43" />
        <source>La AEAT ha rechazado %n registro(s): abra la factura, corrija el dato y pulse «Subsanar y reenviar».</source>
        <translation>
            <numerusform>La AEAT ha rechazado %n registro: abra la factura, corrija el dato y pulse «Subsanar y reenviar».</numerusform>
            <numerusform>La AEAT ha rechazado %n registros: abra las facturas, corrija el dato y pulse «Subsanar y reenviar».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/verifactu_attention.py" line="50" />
        <source>%n registro(s) sin respuesta de la AEAT desde hace más de una hora.</source>
        <translation>
            <numerusform>%n registro sin respuesta de la AEAT desde hace más de una hora.</numerusform>
            <numerusform>%n registros sin respuesta de la AEAT desde hace más de una hora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/verifactu_attention.py" line="55" />
        <source>Ver el envío a la AEAT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifactuPanel</name>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="35" />
        <source>Automático (activo si el negocio está en España)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="38" />
        <source>Activado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="39" />
        <source>Desactivado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="40" />
        <source>Desactivado: llevo el SII</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="41" />
        <source>Desactivado: TicketBAI (País Vasco)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="42" />
        <source>Desactivado: Navarra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="48" />
        <source>registro ilegible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="49" />
        <source>datos alterados</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="50" />
        <source>la huella no coincide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="51" />
        <source>enlace con el anterior roto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="52" />
        <source>falta un registro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="68" />
        <source>Entorno de pruebas de la AEAT (los QR apuntan a pruebas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="75" />
        <source>Comprobar la cadena</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="76" />
        <source>Exportar registros (XML)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="78" />
        <source>Número de factura, p. ej. F-2026-0001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="79" />
        <source>Ver registro de una factura…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="93" />
        <source>Cada factura emitida o anulada deja un registro encadenado por su huella (hash), como exige el Reglamento de sistemas de facturación (VERI*FACTU).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="99" />
        <source>Régimen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="101" />
        <source>Registros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="102" />
        <source>Último registro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="106" />
        <source>Registro de una factura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="112" />
        <source>&lt;h3&gt;VERI*FACTU&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="134" />
        <source>activo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="134" />
        <source>inactivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="136" />
        <source>%1 registros (%2 altas, %3 anulaciones) · VERI*FACTU %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="145" />
        <source>%1 · huella %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="148" />
        <source>Ninguno todavía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="159" />
        <source>Régimen guardado.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="172" />
        <source>Comprobando la cadena…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="178" />
        <source>Cadena íntegra: %1 registros comprobados.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="183" />
        <source>Cadena rota: %1 de %2 registros no cuadran. Primero: %3 (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="194" />
        <source>Carpeta para los registros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="200" />
        <source>Exportando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="206" />
        <source>%1 archivo(s) guardado(s) en %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_panel.py" line="209" />
        <source>No hay registros que exportar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifactuRecordDialog</name>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="44" />
        <source>Registro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="45" />
        <source>Generado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="46" />
        <source>Huella</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="47" />
        <source>Huella anterior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="48" />
        <source>Envío a la AEAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="54" />
        <source>Alta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="55" />
        <source>Anulación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="56" />
        <source>Subsanación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="70" />
        <source>Pendiente de envío</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="75" />
        <source>Pendiente: sin respuesta de la AEAT, se consultará</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="79" />
        <location filename="../../ui/views/verifactu_record_dialog.py" line="84" />
        <source>Aceptado con errores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="86" />
        <source>Aceptado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="89" />
        <source>Rechazado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="108" />
        <source>Registro VERI*FACTU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="109" />
        <source>Cargando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="117" />
        <source>Comprobar integridad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="119" />
        <source>Subsanar y reenviar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="122" />
        <source>Tras corregir la causa (p. ej. los datos del cliente), encadena una subsanación y la envía.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="152" />
        <source>(primer registro de la cadena)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="162" />
        <source>Factura %1 · emisor %2 · %3 registro(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="169" />
        <source>Esta factura no tiene registros VERI*FACTU (no emitida o modo desactivado).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="186" />
        <source>Subsanando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="191" />
        <source>Subsanación encadenada.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="197" />
        <source>Comprobando la cadena…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="206" />
        <source>Registro alterado: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="210" />
        <source>Los registros de esta factura cuadran, pero la cadena está rota en %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_record_dialog.py" line="214" />
        <source>Íntegro: huellas y encadenamiento correctos (%1 registros comprobados).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifactuSendingBox</name>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="61" />
        <source>Envío a la AEAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="63" />
        <source>Pruebas (preproducción de la AEAT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="64" />
        <source>Producción</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="66" />
        <source>Guardar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="73" />
        <source>Enviar ahora</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="86" />
        <source>Entorno</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="87" />
        <source>Certificado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="88" />
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="97" />
        <source>Por defecto: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="112" />
        <source>Sin configurar: elija el entorno y pulse Guardar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="118" />
        <source>Sin certificado (configúrelo con «facturas configure-cert»).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="123" />
        <source>%1 · caducado el %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="125" />
        <source>%1 · caduca pronto: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="127" />
        <source>%1 · válido hasta el %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="133" />
        <source>%1 pendientes · %2 aceptados · %3 aceptados con errores · %4 rechazados</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="147" />
        <source>Envío configurado.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="153" />
        <source>Enviando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="160" />
        <source>Nada que enviar ahora (o la AEAT pide esperar).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="162" />
        <source>Envío aplazado: la AEAT no respondió.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/verifactu_sending_box.py" line="164" />
        <source>Enviados: %1 aceptados, %2 rechazados.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifactuState</name>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="95" />
        <source>Sin confirmar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="96" />
        <source>Aceptada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="97" />
        <source>Con errores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="98" />
        <source>Rechazada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="105" />
        <source>La AEAT aún no ha confirmado el registro: se envía automáticamente.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="108" />
        <source>La AEAT tiene el registro de esta factura.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="111" />
        <source>La AEAT aceptó el registro con errores: ábrala para verlos y subsanarlos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/invoice_list_columns.py" line="114" />
        <source>La AEAT rechazó el registro: ábrala para ver el motivo y subsanarlo.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>