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

    [Fact]
    public void Core_HasNoMutableStaticState()
    {
        // House rule: no mutable static state. Static fields must be readonly (or const); a readonly
        // field may hold a lazily built, immutable default (the NodaTime Tzdb pattern).
        var mutable = Core.GetTypes()
            .Where(t => !t.Name.Contains('<', StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.Name.Contains('<', StringComparison.Ordinal))
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicExceptions_DeriveFromTheClosestBclType_NotDirectlyFromException()
    {
        var direct = Core.GetExportedTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t) && t.BaseType == typeof(Exception))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(direct);
    }
}
