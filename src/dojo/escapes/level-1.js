// The refused words never appear in the text: the name is put together at run time.
this["pro" + "cess"]
