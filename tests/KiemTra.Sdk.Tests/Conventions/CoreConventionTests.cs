using System.Reflection;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Tests.Conventions;

/// <summary>Convention tests over the core assembly (style.md: the core needs nothing but NodaTime).</summary>
public class CoreConventionTests
{
    private static readonly Assembly Core = typeof(OrganizationId).Assembly;

    [Fact]
    public void Core_ReferencesOnlyNodaTimeAndTheBcl()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var foreign = references.Where(n => !(n == "NodaTime" || n.StartsWith("System", StringComparison.Ordinal) || n == "netstandard" || n == "mscorlib")).ToList();
        Assert.Empty(foreign);
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicTypes_AreSealedOrAbstractOrValueTypesOrInterfaces()
    {
        var open = Core.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }
}
