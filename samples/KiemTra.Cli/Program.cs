using KiemTra.Cli;

return KiemTraCli.Run(args, Console.Out, Console.Error);
