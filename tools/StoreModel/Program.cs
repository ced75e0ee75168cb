// `dotnet ef` needs an executable startup project; it never runs this.
return 0;
