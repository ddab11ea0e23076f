"""Import and export: CSV / Excel in with validation; CSV, Excel, GraphML, GEXF, JSON out.

Headless (no Qt): the command line and the window use the same functions.

Import, step by step (the wizard shows each step)::

    table = read_table(path)                       # sources: CSV or XLSX, safely
    preview = validate(atlas, table, "networks")   # mapping, problems, plan; writes nothing
    result = apply(atlas, preview)                 # one transaction; result.undo(atlas)

or at once: ``import_file(atlas, path, "networks", policy="skip")``.
Export: ``export(atlas, "csv", folder, ExportOptions(...))``.
"""
